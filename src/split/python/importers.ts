import { StateError } from '../../errors';
import type { PythonSettings } from '../../lang/python/roots';
import type { ResolvedImport } from '../../workspace/import-index';
import type { RelPath } from '../../workspace/paths';
import { applyTextEdits, eolOf, type TextEdit } from './edits';
import { fromImportLine, writtenModule, type ImportedName } from './import-lines';
import { appendNames } from './join-imports';
import { moduleBindingEdits } from './module-binding';

/** What every importer of a split needs to know. */
export interface PyImporterContext {
  settings: PythonSettings;
  source: RelPath;
  sourceName: string;
  to: RelPath;
  targetName: string;
  movedNames: Set<string>;
}

/**
 * One importer of the source after the split: `from src import A, B` with A moved is repointed or
 * split in two (A joining the file's import of the target when it has one), `from src import *`
 * gains a sibling star import of the target, a module binding (`import pkg.src as m`,
 * `from pkg import src`) follows module-binding.ts, and `mock.patch` targets of moved names are
 * repointed. Returns undefined when nothing changes.
 */
export function repointPyImporter(ctx: PyImporterContext, file: RelPath, text: string, records: ResolvedImport[], imports: ResolvedImport[]): string | undefined {
  const edits: TextEdit[] = [];
  for (const r of records) {
    if (r.kind === 'dynamic') {
      throw new StateError(`${file}:${r.line} loads ${ctx.sourceName} with import_module(), which cannot follow the moved names; set reexport: true to keep it working`);
    }
    if (r.kind === 'mock') edits.push(...mockEdits(ctx, text, r));
    else if (r.kind === 'from' && r.star) edits.push(...starEdits(ctx, text, r, imports));
    else if (r.kind === 'from') edits.push(...fromEdits(ctx, file, text, r, imports));
    else edits.push(...moduleBindingEdits(ctx, file, text, r, imports));
  }
  return edits.length ? applyTextEdits(text, edits) : undefined;
}

/** How the importer writes the target in place of the source as `written`: relative stays relative. */
export function targetAs(ctx: PyImporterContext, file: RelPath, written: string, module = ctx.targetName): string {
  return writtenModule(file, module, written.startsWith('.'), ctx.settings);
}

function fromEdits(ctx: PyImporterContext, file: RelPath, text: string, r: ResolvedImport, imports: ResolvedImport[]): TextEdit[] {
  const names = r.names ?? [];
  const moved = names.filter((n) => ctx.movedNames.has(n.name));
  if (!moved.length) return [];
  const written = text.slice(r.start, r.end);
  const target = targetAs(ctx, file, written);
  const eol = eolOf(text);
  const sibling = imports.find((i) => i.kind === 'from' && !i.star && i.resolved === ctx.to && i.typeOnly === r.typeOnly && i.stmtStart !== r.stmtStart);
  const joined = sibling && appendNames(text, sibling.stmtStart, sibling.stmtEnd, moved.map(nameText), eol);
  if (moved.length === names.length) return joined ? [joined, wholeLines(text, r)] : [{ start: r.start, end: r.end, text: target }];
  const lineStart = text.lastIndexOf('\n', r.stmtStart - 1) + 1;
  const indent = text.slice(lineStart, r.stmtStart);
  const multiline = text.slice(r.stmtStart, r.stmtEnd).includes('\n');
  const line = (module: string, list: ImportedName[]) => fromImportLine(module, list.map(plain), indent, eol, multiline ? 0 : Infinity).slice(indent.length);
  const staying = line(written, names.filter((n) => !ctx.movedNames.has(n.name)));
  if (joined) return [joined, { start: r.stmtStart, end: r.stmtEnd, text: staying }];
  return [{ start: r.stmtStart, end: r.stmtEnd, text: staying + eol + indent + line(target, moved) }];
}

function nameText(n: ImportedName): string {
  return n.alias ? `${n.name} as ${n.alias}` : n.name;
}

/** The statement's whole lines (it goes: its names joined another import of the target). */
function wholeLines(text: string, r: ResolvedImport): TextEdit {
  const start = text.lastIndexOf('\n', r.stmtStart - 1) + 1;
  const nl = text.indexOf('\n', r.stmtEnd);
  return { start, end: nl < 0 ? text.length : nl + 1, text: '' };
}

function plain(n: ImportedName): ImportedName {
  return n.alias ? { name: n.name, alias: n.alias } : { name: n.name };
}

/** `from src import *`: the target's public names come from a sibling star import (unless there is one). */
function starEdits(ctx: PyImporterContext, text: string, r: ResolvedImport, imports: ResolvedImport[]): TextEdit[] {
  if (imports.some((i) => i.kind === 'from' && i.star && i.resolved === ctx.to)) return [];
  const lineStart = text.lastIndexOf('\n', r.stmtStart - 1) + 1;
  const written = text.slice(r.start, r.end);
  const line = text.slice(lineStart, r.start) + targetAs(ctx, r.file, written) + text.slice(r.end, r.stmtEnd);
  return [{ start: r.stmtEnd, end: r.stmtEnd, text: eolOf(text) + line }];
}

/** `mock.patch("pkg.src.A")` with A moved → `mock.patch("pkg.new.A")`. */
function mockEdits(ctx: PyImporterContext, text: string, r: ResolvedImport): TextEdit[] {
  if (!r.specifier.startsWith(ctx.sourceName + '.')) return [];
  const member = r.specifier.slice(ctx.sourceName.length + 1).split('.')[0];
  if (!ctx.movedNames.has(member)) return [];
  const literal = text.slice(r.start, r.end);
  const at = literal.indexOf(r.specifier);
  if (at < 0) return [];
  return [{ start: r.start + at, end: r.start + at + ctx.sourceName.length, text: ctx.targetName }];
}
