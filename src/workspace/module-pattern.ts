import picomatch from 'picomatch';
import { memoize } from './memoize';
import { stripSourceExt, type RelPath } from './paths';
import type { ModuleSettings } from './tsconfig';

/** A compiled module pattern (plan-format.md: a specifier, an alias prefix, or a root-relative path glob). */
export type ModuleMatcher = (specifier: string, resolved: RelPath | undefined) => boolean;

/**
 * Compiles a module pattern. It matches an import whose specifier equals the pattern or lies below it
 * (`typeorm`, `typeorm/x`), or matches it as a glob; or whose resolved file, as a root-relative or
 * baseUrl-relative path with or without its extension, does the same.
 *
 * The validator asks about every import of the tree, so the common answer (no match) allocates
 * nothing: a plain pattern cannot match a path that does not start with it, with or without its
 * extension. A glob's answers are kept by string.
 */
export function moduleMatcher(pattern: string, settings: Pick<ModuleSettings, 'baseUrl'>): ModuleMatcher {
  const prefix = pattern.replace(/\/\*\*$/, '');
  // `a/b` and `a/b/**` match nothing the prefix test does not: the glob is only needed past that.
  const matches = /[*?[\]{}()!+@]/.test(prefix) ? picomatch(pattern, { dot: true }) : undefined;
  const glob = matches && memoize((s) => matches(s));
  const below = prefix + '/';
  const test = (s: string) => s === prefix || s.startsWith(below) || (glob !== undefined && glob(s));
  const testPath = (p: string, from: number) => {
    if (glob === undefined && !p.startsWith(prefix, from)) return false;
    const rel = from === 0 ? p : p.slice(from);
    if (test(rel)) return true;
    const bare = stripSourceExt(rel);
    return bare !== rel && test(bare);
  };
  const base = settings.baseUrl ? settings.baseUrl + '/' : undefined;
  return (specifier, resolved) => {
    if (test(specifier)) return true;
    if (resolved === undefined) return false;
    return testPath(resolved, 0) || (base !== undefined && resolved.startsWith(base) && testPath(resolved, base.length));
  };
}

