import picomatch from 'picomatch';
import type { Finding, Rule } from '../types';

/** Files named after a banned pattern (the seed: `*_service` modules), reported at line 1. */
export const bannedNamingRule: Rule<'BANNED_NAMING'> = {
  id: 'BANNED_NAMING',
  description: "File names must not match the plan's banned name patterns (the seed: *_service).",
  check(ctx, { files }) {
    const patterns = files.map((glob) => ({ glob, match: picomatch(glob, { dot: true }) }));
    const out: Finding[] = [];
    for (const file of ctx.files) {
      for (const p of patterns) {
        if (!p.match(file)) continue;
        const name = file.slice(file.lastIndexOf('/') + 1);
        out.push({ file, line: 1, column: 1, message: `file name ${name} matches the banned pattern "${p.glob}"` });
        break;
      }
    }
    return out;
  },
};
