import type { ImportIndex, ResolvedImport } from '../workspace/import-index';
import type { RelPath } from '../workspace/paths';
import type { ModuleSettings } from '../workspace/tsconfig';
import type { Counterpart } from './repoint';
import { writeReference } from './reference-specifier';
import { specifierEdit, type TextEdit } from './text-edits';

/** An import that, after the moves, resolves somewhere other than the counterpart of its old target. */
export interface Misdirected {
  /** The import as it stands in the staged tree. */
  imp: ResolvedImport;
  expected: RelPath;
}

/**
 * Checks the property a move must keep: every import resolves, after the moves, to the counterpart of
 * the file it resolved to before. Only specifiers change, so a file's imports pair up by position.
 * This also catches imports the moves shadow (a file moved to `x.ts` beside the folder `x/`).
 */
export function misdirectedImports(before: ImportIndex, after: ImportIndex, counterpart: Counterpart): Misdirected[] {
  const out: Misdirected[] = [];
  for (const file of before.files()) {
    const old = before.importsOf(file);
    const now = after.importsOf(counterpart(file));
    if (now.length !== old.length) continue;
    old.forEach((imp, i) => {
      if (imp.resolved === undefined) return;
      const expected = counterpart(imp.resolved);
      if (now[i].resolved !== expected) out.push({ imp: now[i], expected });
    });
  }
  return out;
}

/**
 * Specifier edits for misdirected imports, by file: the import rewritten in its style and, when that
 * is what it already says (a folder import shadowed by a file), naming the folder's index explicitly.
 */
export function redirectEdits(settings: ModuleSettings, found: Misdirected[]): Map<RelPath, TextEdit[]> {
  const out = new Map<RelPath, TextEdit[]>();
  for (const { imp, expected } of found) {
    let spec = writeReference(settings, imp.kind, imp.file, expected, imp.specifier);
    if (spec === imp.specifier) spec = writeReference(settings, imp.kind, imp.file, expected, `${imp.specifier.replace(/\/$/, '')}/index`);
    if (spec === imp.specifier) continue;
    const list = out.get(imp.file) ?? [];
    list.push(specifierEdit(imp, spec));
    out.set(imp.file, list);
  }
  return out;
}

/** One line per misdirected import, for the refusal message. */
export function describeMisdirected(found: Misdirected[]): string {
  const lines = found
    .slice(0, 5)
    .map(({ imp, expected }) => `"${imp.specifier}" in ${imp.file}:${imp.line} would resolve to ${imp.resolved ?? 'nothing'} instead of ${expected}`);
  return lines.join('; ') + (found.length > 5 ? `; and ${found.length - 5} more` : '');
}
