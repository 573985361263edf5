import { headerValue } from '../header/header';
import { dirOf, type RelPath } from '../workspace/paths';
import { folderName, type AnalyzeContext } from './context';
import { fileContent, headerDisagrees } from './content';
import { isBarrel, layerHeaderFor, ROLE, siblingFolder, stemOf, type TargetNames } from './targets';
import type { Evidence, Proposal } from './types';

/**
 * Phase II: a drivers file holding only data shapes goes to the sibling schemas folder; one with no
 * ORM use whose header declares another layer (the strongest hint) goes to the sibling engines folder.
 */
export function findRelocations(ctx: AnalyzeContext, names: TargetNames): Proposal[] {
  const out: Proposal[] = [];
  const headers: Proposal[] = [];
  for (const file of ctx.files) {
    if (!ctx.inScope(file) || folderName(file) !== ROLE.drivers || isBarrel(file)) continue;
    // A file loading the ORM at run time is neither data shapes nor pure logic: skip its parse.
    if (!headerDisagrees(ctx, file) && ctx.index.importsOf(file).some((i) => !i.typeOnly && ctx.isOrm(i.specifier, i.resolved))) continue;
    const content = fileContent(ctx, file);
    if (!content) continue;
    const role = content.schemasOnly ? ROLE.schemas : content.ormFree && headerDisagrees(ctx, file) ? ROLE.engines : undefined;
    if (!role) continue;
    const dir = siblingFolder(file, role);
    if (ctx.layerOf(`${dir}/x.ts`) === ctx.layerOf(file)) continue;
    const { stem, ext } = stemOf(file);
    const to = names.name(dir, stem, ext);
    const evidence = evidenceFor(ctx, file, role);
    const move: Proposal = { phase: 'relocations', step: { kind: 'move', from: file, to }, reason: reasonFor(role, content.schemaDecls.length), evidence };
    out.push(move);
    // A header that agrees with the old folder is wrong in the new one (phase I re-heads the others ahead of the move).
    if (ctx.declared(file).length && !headerDisagrees(ctx, file)) {
      const step = { kind: 'header' as const, file: to, set: { Layer: layerHeaderFor(ctx, dir) } };
      headers.push({ phase: 'relocations', step, reason: `Header of its new ${ctx.layerOf(to)} folder`, evidence, needs: move });
    }
  }
  // Headers after all moves: consecutive moves are planned together.
  return [...out, ...headers];
}

function reasonFor(role: string, shapes: number): string {
  return role === ROLE.schemas ? `Pure data shapes (${shapes} declarations, no ORM)` : 'Pure logic: no ORM use, header declares another layer';
}

function evidenceFor(ctx: AnalyzeContext, file: RelPath, role: string) {
  const header = ctx.header(file);
  const layer = header?.entries.find((e) => e.key.toLowerCase() === 'layer');
  const seen = role === ROLE.schemas ? `only ${kindsOf(ctx, file)} declarations, no ORM import` : 'no declaration uses the ORM and no ORM import';
  const out: Evidence[] = [{ file, line: 1, seen: `${seen}; folder ${dirOf(file)} is ${ctx.layerOf(file)}` }];
  if (layer) out.push({ ...(headerDisagrees(ctx, file) ? { rule: 'HEADER_LAYER' } : {}), file, line: layer.line, seen: `Layer: ${headerValue(header, 'Layer')}` });
  return out;
}

function kindsOf(ctx: AnalyzeContext, file: RelPath): string {
  return [...new Set(ctx.declarations(file)!.map((d) => d.kind))].join(', ');
}
