import { languageOf } from '../../lang';
import { lexPythonImports } from '../../lang/python/imports';
import { PyScanner, PyTok } from '../../lang/python/scanner';
import type { RelPath } from '../../workspace/paths';
import { plainString } from './all-entries';
import { isBelow } from './module-names';

/** A module the step renames, as the listings name it. */
export interface Renamed {
  from: string;
  to: string;
}

const BINARY = /\.(png|jpe?g|gif|ico|webp|pdf|zip|gz|tgz|whl|so|dylib|dll|pyc|woff2?|ttf|db|sqlite3?)$/i;
const MAX_TEXT = 2 << 20;

/**
 * Python string literals naming a renamed module (or something below it) that no import record holds
 * (so were not rewritten: a string is code only where a patch or import call reads it), as
 * `file:line` notes. `records` gives, per file, the offsets of the strings that were rewritten.
 */
export function stringMentions(file: RelPath, text: string, renamed: Renamed[], rewritten: Set<number>): string[] {
  if (!renamed.some((r) => text.includes(r.from))) return [];
  const notes: string[] = [];
  const s = new PyScanner();
  s.setText(text);
  for (s.next(); s.kind !== PyTok.EOF; s.next()) {
    if (s.kind !== PyTok.String || rewritten.has(s.start)) continue;
    const value = plainString(text, s.quoteStart, s.end)?.value;
    const hit = value !== undefined && renamed.find((r) => isBelow(value, r.from));
    if (hit) notes.push(`${file}:${lineOf(text, s.start)}: string "${value}" names ${hit.from}, now ${hit.to} (not rewritten)`);
  }
  return notes;
}

/**
 * Lines of the tree's other text files (config, YAML, Dockerfiles, docs) mentioning a renamed module,
 * as `file:line` notes. Source files of other languages are not read: a tree may hold thousands.
 */
export function textMentions(files: RelPath[], read: (file: RelPath) => string, renamed: Renamed[]): string[] {
  const patterns = renamed.map((r) => ({ r, re: new RegExp(`(?<![\\w.])${r.from.replace(/\./g, '\\.')}(?![\\w])`) }));
  const notes: string[] = [];
  for (const file of files) {
    if (languageOf(file) !== undefined || BINARY.test(file)) continue;
    const text = read(file);
    if (text.length > MAX_TEXT || !renamed.some((r) => text.includes(r.from)) || text.includes('\u0000')) continue;
    text.split('\n').forEach((line, i) => {
      const hit = patterns.find((p) => p.re.test(line));
      if (hit) notes.push(`${file}:${i + 1}: mentions ${hit.r.from}, now ${hit.r.to} (not rewritten)`);
    });
  }
  return notes;
}

/** Dynamic imports whose module is computed (`import_module(name)`): they may name a renamed module. */
export function nonLiteralImports(file: RelPath, text: string): string[] {
  if (!text.includes('import_module') && !text.includes('__import__')) return [];
  return lexPythonImports(text).nonLiteral.map(
    (d) => `${file}:${d.line}:${d.column}: ${d.call}() with a computed module name (not rewritten: check what it names)`,
  );
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let p = text.indexOf('\n'); p !== -1 && p < offset; p = text.indexOf('\n', p + 1)) line++;
  return line;
}
