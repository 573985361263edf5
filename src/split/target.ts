import { editHeader, parseHeader } from '../header/header';
import type { Plan } from '../plan/types';
import { classifier } from '../validate/classify';
import type { RelPath } from '../workspace/paths';
import type { SplitDeps } from './dependencies';
import { dropBindings, insertImports } from './import-edits';
import type { FileModel } from './model';
import { applyEdits, attachedStart, lineStart } from './text-edits';

/** The header of a new target: the layer of its folder (`L5 — Domain Engine`) and the source's audience. */
export function newFileHeader(plan: Plan, to: RelPath, sourceText: string, eol: string): string {
  const set: Record<string, string> = {};
  const layerId = classifier(plan).layerOf(to);
  const layer = plan.layers.find((l) => l.id === layerId);
  if (layer) set.Layer = `${layer.id} — ${layer.title}`;
  const audience = parseHeader(sourceText)?.entries.find((e) => e.key.toLowerCase() === 'audience');
  if (audience) set[audience.key] = audience.value;
  return editHeader('', { set }).replace(/\n/g, eol);
}

/** A new target file: header, a blank line, the imports, a blank line, the moved code. */
export function newTargetText(header: string, imports: string[], body: string, eol: string): string {
  const head = header ? header + eol : '';
  const importBlock = imports.length ? imports.join(eol) + eol + eol : '';
  return head + importBlock + body + eol;
}

/**
 * An existing target with the moved code appended after a blank line (or placed above its first
 * statement that uses a moved name, so module initialisation still finds it declared), the imports
 * it needs added after its own, and its imports of the moved names from the source dropped.
 */
export function extendTargetText(target: FileModel, source: FileModel, deps: SplitDeps, imports: string[], body: string, eol: string): string {
  const local = new Set(target.bindings.filter((b) => b.resolved === source.path && b.form === 'named' && deps.movedNames.has(b.imported ?? '')).map((b) => b.local));
  const drop = dropBindings(target, local);
  const edits = [...drop.edits, ...insertImports(target, imports, eol, (s) => !drop.removed.has(s))];
  const text = target.text;
  const user = target.sf.statements.find((s) => !drop.removed.has(s) && [...(target.refs.get(s)?.keys() ?? [])].some((n) => local.has(n)));
  if (user) {
    const at = lineStart(text, attachedStart(text, user, target.headerEnd, target.sf));
    edits.push({ start: at, end: at, text: body + eol + eol });
  } else {
    const lead = text.trim() === '' ? '' : (text.endsWith('\n') ? '' : eol) + eol;
    edits.push({ start: text.length, end: text.length, text: lead + body + eol });
  }
  return applyEdits(text, edits);
}
