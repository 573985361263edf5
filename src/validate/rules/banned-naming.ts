import picomatch from 'picomatch';
import type { FileRule } from '../types';

/** Files named after a banned pattern (the seed: `*_service` modules), reported at line 1. */
export const bannedNamingRule: FileRule<'BANNED_NAMING'> = {
  id: 'BANNED_NAMING',
  scope: 'file',
  description: "File names must not match the plan's banned name patterns (the seed: *_service).",
  forFile(_ctx, { files }) {
    const patterns = files.map((glob) => ({ glob, match: picomatch(glob, { dot: true }), tail: literalTail(glob) }));
    return (file) => {
      const p = patterns.find((q) => file.endsWith(q.tail) && q.match(file));
      if (!p) return [];
      const name = file.slice(file.lastIndexOf('/') + 1);
      return [{ file, line: 1, column: 1, message: `file name ${name} matches the banned pattern "${p.glob}"` }];
    };
  },
};

/**
 * What every file a glob matches ends with: the literal after a last segment's single leading `*`
 * (`**\/*_service.py` → `_service.py`), else ''. Every file is tested, and most fail this at once.
 */
export function literalTail(glob: string): string {
  const last = glob.slice(glob.lastIndexOf('/') + 1);
  if (glob.startsWith('!') || !last.startsWith('*') || last.startsWith('**')) return '';
  const tail = last.slice(1);
  return /[*?[\]{}()!+@\\]/.test(tail) ? '' : tail;
}
