import type { PyDeclaration } from '../../lang/python/declarations';
import { python } from '../../lang/python';
import { parsePythonHeader } from '../../lang/python/header';
import type { Plan } from '../../plan/types';
import { classifier } from '../../validate/classify';
import type { RelPath } from '../../workspace/paths';
import type { PySplitDeps } from './dependencies';
import { applyTextEdits, type TextEdit } from './edits';
import { indentLines, typeCheckingBlock, type ImportLines } from './needed-imports';
import { joinExisting } from './join-imports';
import { dropImportEdits } from './source-imports';
import type { PyModel } from './module';

const DEFINITIONS = new Set(['class', 'dataclass', 'enum', 'function']);

/** The header of a new target: the layer of its folder (`L5 — Domain Engine`) and the source's audience. */
export function newModuleHeader(plan: Plan, to: RelPath, source: PyModel): string {
  const set: Record<string, string> = {};
  const layerId = classifier(plan).layerOf(to);
  const layer = plan.layers.find((l) => l.id === layerId);
  if (layer) set.Layer = `${layer.id} — ${layer.title}`;
  const audience = parsePythonHeader(source.text)?.entries.find((e) => e.key.toLowerCase() === 'audience');
  if (audience) set[audience.key] = audience.value;
  return Object.keys(set).length ? python.editHeader('', { set }) : '';
}

/** Blank lines before a top-level statement: two around definitions (PEP 8), one otherwise. */
function gapBefore(d: PyDeclaration | undefined, eol: string): string {
  return d && DEFINITIONS.has(d.kind) ? eol + eol : eol;
}

/**
 * The moved declarations as one block, each with its comments: declarations that were neighbours
 * keep the lines between them, others are set apart as PEP 8 asks.
 */
export function movedBody(source: PyModel, deps: PySplitDeps, eol: string): string {
  let body = '';
  deps.moved.forEach((d, i) => {
    const prev = deps.moved[i - 1];
    if (prev) {
      const gap = source.text.slice(prev.end, d.start);
      const neighbours = gap.trim() === '' && !source.declarations.some((o) => o.start >= prev.end && o.end <= d.start);
      body += neighbours ? gap : gapBefore(DEFINITIONS.has(prev.kind) ? prev : d, eol);
    }
    body += source.text.slice(d.start, d.end);
  });
  return body.endsWith('\n') ? body : body + eol;
}

/**
 * A new target: header, `from __future__ import annotations` when the source has it, imports,
 * `__all__` with the moved names the source's `__all__` listed, the moved code.
 */
export function newTargetText(header: string, source: PyModel, deps: PySplitDeps, imports: ImportLines, body: string, eol: string): string {
  const sections: string[] = [];
  if (header) sections.push(header.replace(/\r?\n/g, eol));
  if (source.facts.futureAnnotations) sections.push(`from __future__ import annotations${eol}`);
  const importBlock = importText(imports, '    ', eol);
  if (importBlock) sections.push(importBlock);
  const exported = source.facts.all?.filter((n) => deps.movedNames.has(n));
  if (exported?.length) sections.push(`__all__ = [${exported.map((n) => JSON.stringify(n)).join(', ')}]${eol}`);
  const first = deps.moved[0];
  const head = sections.join(eol);
  return head ? head + gapBefore(first, eol) + body : body;
}

function importText(imports: ImportLines, indent: string, eol: string): string {
  const rt = imports.runtime.length ? indentLines(imports.runtime, '', eol) : '';
  const tc = imports.typeOnly.length ? typeCheckingBlock(imports.typeOnly, indent, eol) : '';
  return rt && tc ? rt + eol + tc : rt + tc;
}

/** What an existing target receives. */
export interface TargetAddition {
  imports: ImportLines;
  body: string;
  first: PyDeclaration;
  eol: string;
  /** The names it bound from the source that now move into it: their imports go. */
  ownImports: Set<string>;
  /** The moved code was written under `from __future__ import annotations`. */
  future: boolean;
}

/**
 * An existing target with the imports it lacks added after its own (type-only ones in its
 * `if TYPE_CHECKING:` block, or a new one), its imports of the moved names dropped,
 * `from __future__ import annotations` added when the moved code was written under it, and the
 * moved code appended.
 */
export function extendedTargetText(target: PyModel, add: TargetAddition): string {
  const { imports, eol, text } = { ...add, text: target.text };
  const drop = dropImportEdits(target, add.ownImports, eol, { needed: imports.typeOnly.length > 0, add: false });
  const runtimeImports = target.facts.imports.filter((i) => !i.typeOnly);
  const afterImports = runtimeImports.length ? Math.max(...runtimeImports.map((i) => i.end)) : lineAfter(text, target.headerEnd);
  const joined = joinExisting(target, imports.runtime.filter((l) => l !== ''), eol);
  const edits: TextEdit[] = [...drop.edits, ...joined.edits];
  if (add.future && !target.facts.futureAnnotations) edits.push(futureImport(target, eol));
  if (joined.rest.length) edits.push({ start: afterImports, end: afterImports, text: indentLines(joined.rest, '', eol) });
  const block = target.typeChecking.filter((b) => !drop.emptied.has(b)).pop();
  if (imports.typeOnly.length && block) edits.push({ start: block.end, end: block.end, text: indentLines(imports.typeOnly, block.indent, eol) });
  else if (imports.typeOnly.length) edits.push({ start: afterImports, end: afterImports, text: eol + typeCheckingBlock(imports.typeOnly, '    ', eol) });
  const trimmed = text.replace(/\s+$/, '');
  const lead = trimmed === '' ? '' : eol + gapBefore(add.first, eol);
  edits.push({ start: trimmed.length, end: text.length, text: lead + add.body });
  return applyTextEdits(text, edits);
}

/** `from __future__ import annotations` where Python accepts it: above the first import, else after the docstring. */
function futureImport(target: PyModel, eol: string): TextEdit {
  const line = `from __future__ import annotations${eol}`;
  const imports = [...target.facts.imports.filter((i) => !i.typeOnly), ...target.typeChecking].map((i) => i.start);
  if (imports.length) return { start: Math.min(...imports), end: Math.min(...imports), text: line + eol };
  const first = [...target.facts.other, ...target.facts.declarations].sort((a, b) => a.start - b.start)[0];
  const code = first && target.text.slice(first.start).replace(/^(\s*#.*\n)*\s*/, '');
  const docstring = code && /^[rRuU]?("|')/.test(code) ? first : undefined;
  if (docstring) return { start: docstring.end, end: docstring.end, text: eol + line };
  const at = first?.start ?? target.text.length;
  return { start: at, end: at, text: line + eol };
}

function lineAfter(text: string, offset: number): number {
  if (offset === 0) return 0;
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}
