import { moduleNameOf } from '../../lang/python/module-names';
import type { TextEdit } from '../text-edits';
import { allEntries } from './all-entries';
import { dottedUseEdits } from './dotted-uses';
import { lastSegment, packageOf, parentModule } from './module-names';
import { rewriteImporter, type ImporterContext, type ImporterRewrite, type PyRef } from './reference-edits';

/** Everything one importer's text needs: its references, the dotted uses of plainly imported modules, and (for moves) its `__all__`. */
export interface ImporterEdits extends ImporterRewrite {
  notes: string[];
}

/** The edits of one importer; `withAll` also renames `__all__` entries of a package's moved submodules. */
export function importerEdits(ctx: ImporterContext, withAll: boolean): ImporterEdits {
  const rewrite = rewriteImporter(ctx);
  const statements = ctx.refs.filter((r) => r.kind === 'import' || r.kind === 'from').map((r): [number, number] => [r.stmtStart, r.stmtEnd]);
  const edits: TextEdit[] = [...rewrite.edits, ...dottedUseEdits(ctx.text, rewrite.chains, statements)];
  const notes: string[] = [];
  if (withAll && /(^|\/)__init__\.pyi?$/.test(ctx.file)) edits.push(...allEdits(ctx, notes));
  return { ...rewrite, edits, notes };
}

/**
 * `__all__` entries naming a submodule that moves: renamed when it stays in this package (so a star
 * import still finds it), listed when it leaves; an entry the file binds itself (`from . import events`,
 * rewritten to keep the name bound) is left alone.
 */
function allEdits(ctx: ImporterContext, notes: string[]): TextEdit[] {
  const pkg = moduleNameOf(ctx.file, ctx.settings);
  if (pkg === undefined) return [];
  const bound = new Set(ctx.refs.flatMap(boundNames));
  const newPkg = packageOf(ctx.newFile, ctx.settings);
  const edits: TextEdit[] = [];
  for (const entry of allEntries(ctx.text)) {
    const renamed = ctx.rename(`${pkg}.${entry.value}`);
    if (renamed === undefined || bound.has(entry.value)) continue;
    if (parentModule(renamed) !== newPkg) notes.push(`${ctx.newFile}: __all__ names submodule "${entry.value}", now ${renamed} outside this package (not rewritten)`);
    else if (lastSegment(renamed) !== entry.value) edits.push({ start: entry.start, end: entry.end, text: lastSegment(renamed) });
  }
  return edits;
}

function boundNames(r: PyRef): string[] {
  if (r.kind === 'from') return (r.names ?? []).map((n) => n.alias ?? n.name);
  if (r.kind === 'import') return [r.namespace ?? r.specifier.split('.', 1)[0]];
  return [];
}
