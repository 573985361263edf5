import picomatch from 'picomatch';
import type { FileRule } from '../types';

/** Files named after a banned pattern (the seed: `*_service` modules), reported at line 1. */
export const bannedNamingRule: FileRule<'BANNED_NAMING'> = {
  id: 'BANNED_NAMING',
  scope: 'file',
  description: "File names must not match the plan's banned name patterns (the seed: *_service).",
  forFile(_ctx, { files }) {
    const patterns = files.map((glob) => ({ glob, match: picomatch(glob, { dot: true }) }));
    return (file) => {
      const p = patterns.find((q) => q.match(file));
      if (!p) return [];
      const name = file.slice(file.lastIndexOf('/') + 1);
      return [{ file, line: 1, column: 1, message: `file name ${name} matches the banned pattern "${p.glob}"` }];
    };
  },
};
