import type { PyImport } from '../../lang/python/declarations';
import type { TextEdit } from './edits';
import { isFromImport } from './import-lines';
import type { PyModel } from './module';

/** The module and names of a from-import line this split wrote (one line, or wrapped in parentheses). */
export function parseFromLine(line: string): { module: string; names: string[] } | undefined {
  const m = /^from (\S+) import \(?([^()]*)\)?$/.exec(line.trim());
  if (!m) return undefined;
  return { module: m[1], names: m[2].split(',').map((n) => n.trim()).filter(Boolean) };
}

/**
 * The edit that adds names to the from-import statement `[start, end)` of a text, in its layout:
 * after its last name on one line, or one a line before the closing parenthesis of a wrapped list.
 * Undefined for a statement holding a comment (the names would land inside it).
 */
export function appendNames(text: string, start: number, end: number, names: string[], eol: string): TextEdit | undefined {
  const stmt = text.slice(start, end).trimEnd();
  if (stmt.includes('#')) return undefined;
  const stop = start + stmt.length;
  if (!stmt.endsWith(')') || !stmt.includes('\n')) {
    const at = stmt.endsWith(')') ? stop - 1 : stop;
    return { start: at, end: at, text: `, ${names.join(', ')}` };
  }
  const close = text.lastIndexOf('\n', stop - 1) + 1;
  const lastName = text.lastIndexOf('\n', close - 2) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lastName))![0];
  const comma = text.slice(start, close).trimEnd().endsWith(',') ? '' : ',';
  const at = text.slice(0, close).trimEnd().length;
  return { start: at, end: at, text: comma + names.map((n) => `${eol}${indent}${n},`).join('') };
}

/** New `from M import …` lines whose module the module already imports from at run time (outside `skip`) join that statement. */
export function joinExisting(target: PyModel, lines: string[], eol: string, skip: Set<PyImport> = new Set()): { edits: TextEdit[]; rest: string[] } {
  const edits: TextEdit[] = [];
  const rest: string[] = [];
  for (const line of lines) {
    const parsed = parseFromLine(line);
    const own = parsed && target.facts.imports.find((i) => !i.typeOnly && !skip.has(i) && writtenAs(i) === parsed.module && isFromImport(target.text, i) && i.names[0]?.name !== '*');
    const edit = own && parsed && appendNames(target.text, own.start, own.end, parsed.names, eol);
    if (edit) edits.push(edit);
    else rest.push(line);
  }
  return { edits, rest };
}

/** The module of an import as written: `..x` for level 2 and module `x`. */
function writtenAs(imp: PyImport): string {
  return '.'.repeat(imp.level) + imp.module;
}
