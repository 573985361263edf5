import type { PyImport } from '../../lang/python/declarations';
import { blankLinesBefore, skipBlankLines, type TextEdit } from './edits';
import { fromImportLine, isFromImport, type ImportedName } from './import-lines';
import type { PyModel, TypeCheckingBlock } from './module';

/**
 * Edits that take the dropped names out of the source's imports: a statement left binding nothing
 * goes with its lines (an `if TYPE_CHECKING:` block left empty goes whole), one still binding some
 * is rewritten with the rest, as it was laid out. Returns the blocks and imports that went.
 */
export function dropImportEdits(m: PyModel, dropped: Set<string>, eol: string, guard: Guard): DroppedImports {
  const first = dropOnce(m, dropped, eol, guard.add);
  // Every block gone and nothing else reading TYPE_CHECKING: its import goes too.
  const unused = m.typeChecking.length > 0 && first.emptied.size === m.typeChecking.length && !guard.needed && !readsTypeChecking(m);
  return unused && !dropped.has('TYPE_CHECKING') ? dropOnce(m, new Set([...dropped, 'TYPE_CHECKING']), eol, false) : first;
}

/** Whether the module will need TYPE_CHECKING (it gains type-only imports), and whether to add it to its `from typing import`. */
export interface Guard {
  needed: boolean;
  add: boolean;
}

/** The edits that drop imports, and what they took: emptied TYPE_CHECKING blocks, whole imports, TYPE_CHECKING joined to `from typing import`. */
export interface DroppedImports {
  edits: TextEdit[];
  emptied: Set<TypeCheckingBlock>;
  gone: Set<PyImport>;
  typeCheckingAdded: boolean;
}

function readsTypeChecking(m: PyModel): boolean {
  return [...m.facts.declarations, ...m.facts.other].some((s) => s.uses.includes('TYPE_CHECKING'));
}

function dropOnce(m: PyModel, dropped: Set<string>, eol: string, typeChecking: boolean): DroppedImports {
  const byRange = new Map<number, PyImport[]>();
  for (const imp of m.facts.imports) byRange.set(imp.start, [...(byRange.get(imp.start) ?? []), imp]);
  const gone: PyImport[] = [];
  const edits: TextEdit[] = [];
  const typing = typeChecking ? typingImport(m, dropped) : undefined;
  for (const imps of byRange.values()) {
    const added = imps[0] === typing ? [{ name: 'TYPE_CHECKING' }] : [];
    if (!added.length && !imps.some((i) => i.binds.some((b) => dropped.has(b)))) continue;
    if (!added.length && imps.every((i) => i.binds.length > 0 && i.binds.every((b) => dropped.has(b)))) {
      gone.push(...imps);
      continue;
    }
    edits.push(rewrittenImport(m, imps, dropped, eol, added));
  }
  const emptied = new Set(m.typeChecking.filter((b) => m.facts.imports.filter((i) => i.start >= b.start && i.end <= b.end).every((i) => gone.includes(i))));
  for (const b of emptied) edits.push(lineRemoval(m.text, b.start, b.end));
  for (const imp of gone) if (![...emptied].some((b) => imp.start >= b.start && imp.end <= b.end)) edits.push(lineRemoval(m.text, imp.start, imp.end));
  return { edits: uniqueRanges(edits), emptied, gone: new Set(gone), typeCheckingAdded: typing !== undefined };
}

/** The run-time `from typing import …` that keeps a name, where TYPE_CHECKING can join. */
function typingImport(m: PyModel, dropped: Set<string>): PyImport | undefined {
  return m.facts.imports.find((i) => !i.typeOnly && i.level === 0 && i.module === 'typing' && isFromImport(m.text, i) && i.binds.some((b) => !dropped.has(b)));
}

/** `import a, b` shares one range between its entries: each removal once. */
function uniqueRanges(edits: TextEdit[]): TextEdit[] {
  const seen = new Set<string>();
  return edits.filter((e) => !seen.has(`${e.start}:${e.end}`) && seen.add(`${e.start}:${e.end}`));
}

/**
 * Removes whole lines; when they were a group of their own (blank line or block start above, blank
 * line below) the blank line below goes too, so no double gap is left.
 */
function lineRemoval(text: string, start: number, end: number): TextEdit {
  const above = blankLinesBefore(text, start) < start || start === 0 || text.slice(text.lastIndexOf('\n', start - 2) + 1, start).trimEnd().endsWith(':');
  const after = skipBlankLines(text, end);
  const nextLineEnd = text.indexOf('\n', end);
  return { start, end: above && after > end ? nextLineEnd + 1 : end, text: '' };
}

function rewrittenImport(m: PyModel, imps: PyImport[], dropped: Set<string>, eol: string, added: ImportedName[]): TextEdit {
  const first = imps[0];
  const lineText = m.text.slice(first.start, first.end);
  const indent = /^[ \t]*/.exec(lineText)![0];
  const end = first.end - (lineText.endsWith('\r\n') ? 2 : lineText.endsWith('\n') ? 1 : 0);
  if (!isFromImport(m.text, first)) {
    const kept = imps.filter((i) => !i.binds.every((b) => dropped.has(b))).flatMap((i) => i.names);
    return { start: first.start, end, text: `${indent}import ${kept.map((n) => (n.alias ? `${n.name} as ${n.alias}` : n.name)).join(', ')}` };
  }
  const names = [...added, ...first.names.filter((n) => !dropped.has(n.alias ?? n.name))];
  const module = '.'.repeat(first.level) + first.module;
  return { start: first.start, end, text: fromImportLine(module, names, indent, eol, lineText.trimEnd().includes('\n') ? 0 : Infinity) };
}
