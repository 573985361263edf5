import picomatch from 'picomatch';
import { memoize } from './memoize';
import type { RelPath } from './paths';

/**
 * A path glob as a test of files, with its answers kept per folder where the glob allows it: a glob
 * `X/**` whose last segment before `/**` is plain (`src/app/**\/engines/**`). Such a glob matches every
 * file of a folder it matches, and any other file it matches is named like that segment (picomatch's
 * `X/**` matches X itself), so ten thousand files in two thousand folders cost two thousand glob tests,
 * not ten. Other globs are tested file by file. A test holds the answers to picomatch's own. The
 * caller passes the file's folder (`''` at the root), cut once for all of a plan's globs.
 */
export function folderGlob(glob: string): (file: RelPath, folder: RelPath) => boolean {
  const whole = picomatch(glob, { dot: true });
  const self = glob.endsWith('/**') ? glob.slice(0, -3) : '';
  const last = self.slice(self.lastIndexOf('/') + 1);
  if (last === '' || self.startsWith('!') || /[*?[\]{}()!+@\\]/.test(last)) return (file) => whole(file);
  const folderMatches = memoize((folder) => whole(folder));
  return (file, folder) => {
    if (folder !== '' && folderMatches(folder)) return true;
    return file.length - folder.length === last.length + (folder === '' ? 0 : 1) && file.endsWith(last) && whole(file);
  };
}
