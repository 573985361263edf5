import type { TextEdit } from '../text-edits';
import type { ModuleRename } from './module-names';

/** Tables whose values are `module:attr` object references (PEP 621 scripts and entry points, Poetry's scripts and plugins). */
const ENTRY_TABLE = /^\s*\[\s*(project\.(scripts|gui-scripts|entry-points\b.*)|tool\.poetry\.(scripts|plugins\b.*))\s*\]\s*(#.*)?$/;
const TABLE = /^\s*\[/;
/** `name = "pkg.mod:attr [extra]"`: the quoted value's module part. */
const VALUE = /=\s*(["'])([\p{XID_Start}_][\p{XID_Continue}.]*)(?=\s*(:|\[|\1))/u;

/** Edits renaming the module of every entry point and script of a pyproject.toml (`module:attr` values), in place. */
export function entryPointEdits(text: string, rename: ModuleRename): TextEdit[] {
  const edits: TextEdit[] = [];
  let inEntries = false;
  let at = 0;
  for (const line of text.split('\n')) {
    if (TABLE.test(line)) inEntries = ENTRY_TABLE.test(line);
    else if (inEntries) {
      const m = VALUE.exec(line);
      const renamed = m && rename(m[2]);
      if (m && renamed) {
        const start = at + m.index + m[0].length - m[2].length;
        edits.push({ start, end: start + m[2].length, text: renamed });
      }
    }
    at += line.length + 1;
  }
  return edits;
}
