import picomatch from 'picomatch';
import { dirOf, type RelPath } from './paths';

/** The plan's `ignore:` globs (root-relative) compiled: true for a path one matches itself. */
export function ignoreMatcher(globs: readonly string[]): (p: RelPath) => boolean {
  return globs.length ? picomatch([...globs], { dot: true }) : () => false;
}

/** True when `p` or a folder above it is ignored: the listing never enters an ignored folder. */
export function isIgnoredPath(ignored: (p: RelPath) => boolean, p: RelPath): boolean {
  for (let q = p; q !== ''; q = dirOf(q)) if (ignored(q)) return true;
  return false;
}
