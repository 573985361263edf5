import type { ImportIndex, ResolvedImport } from '../workspace/import-index';
import type { Overlay } from '../workspace/overlay';
import { dirOf, joinRel, normalizeRel, type RelPath } from '../workspace/paths';
import { specifierStyle } from '../workspace/specifier';
import type { ModuleSettings } from '../workspace/tsconfig';
import { writeReference } from './reference-specifier';
import { specifierEdit, type TextEdit } from './text-edits';

/** Where a file of the tree ends up (itself when it does not move). */
export type Counterpart = (p: RelPath) => RelPath;

/**
 * The file an import names: what it resolved to or, for a relative specifier TypeScript does not
 * resolve (a stylesheet, an asset), the file of the tree at that literal path.
 */
export function importTarget(overlay: Overlay, imp: ResolvedImport): RelPath | undefined {
  if (imp.resolved !== undefined) return imp.resolved;
  if (!imp.specifier.startsWith('./') && !imp.specifier.startsWith('../')) return undefined;
  const literal = normalizeRel(joinRel(dirOf(imp.file), imp.specifier));
  return literal !== undefined && overlay.exists(literal) ? literal : undefined;
}

/** Files whose imports a set of moves can break: the moved files and everything importing one. */
export function affectedFiles(index: ImportIndex, overlay: Overlay, moved: Map<RelPath, RelPath>): Set<RelPath> {
  const out = new Set<RelPath>();
  for (const from of moved.keys()) {
    out.add(from);
    for (const imp of index.importersOf(from)) out.add(imp.file);
  }
  // Unresolved relative imports (assets) are not in importersOf; one pass over the tree finds them.
  for (const imp of index.all()) {
    if (imp.resolved === undefined && !out.has(imp.file)) {
      const target = importTarget(overlay, imp);
      if (target !== undefined && moved.has(target)) out.add(imp.file);
    }
  }
  return out;
}

/**
 * The specifier edits that keep a file's imports pointing at the counterparts of what they named,
 * each written in its original style. An alias or baseUrl specifier of a file that stays put is left
 * alone even when its importer moves: it does not depend on where the importer is.
 */
export function repointEdits(overlay: Overlay, settings: ModuleSettings, imports: ResolvedImport[], counterpart: Counterpart): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const imp of imports) {
    const target = importTarget(overlay, imp);
    if (target === undefined) continue;
    const newTarget = counterpart(target);
    const newFile = counterpart(imp.file);
    const dependsOnImporter = imp.kind === 'reference-path' || specifierStyle(settings, imp.specifier) === 'relative';
    if (newTarget === target && (newFile === imp.file || !dependsOnImporter)) continue;
    const spec = writeReference(settings, imp.kind, newFile, newTarget, imp.specifier);
    if (spec !== imp.specifier) edits.push(specifierEdit(imp, spec));
  }
  return edits;
}
