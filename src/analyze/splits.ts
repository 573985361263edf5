import picomatch from 'picomatch';
import { headerValue } from '../header/header';
import type { RelPath } from '../workspace/paths';
import { folderName, type AnalyzeContext } from './context';
import { fileContent, headerDisagrees, type FileContent } from './content';
import { isBarrel, layerHeaderFor, ROLE, siblingFolder, stemOf, type TargetNames } from './targets';
import type { DraftDebt, Evidence, Proposal } from './types';

/**
 * Phase III: a drivers file whose header declares another layer and which mixes ORM users with pure
 * declarations: its data shapes go to the sibling schemas folder, its ORM functions to a new driver,
 * and what stays is marked HYBRID (with ORM_RUNTIME debt) when it still mixes.
 */
export function findSplits(ctx: AnalyzeContext, names: TargetNames, movedTo: Map<RelPath, RelPath>): { proposals: Proposal[]; debt: DraftDebt[] } {
  const proposals: Proposal[] = [];
  const debt: DraftDebt[] = [];
  for (const file of ctx.files) {
    if (!ctx.inScope(file) || folderName(file) !== ROLE.drivers || isBarrel(file) || movedTo.has(file)) continue;
    const content = headerDisagrees(ctx, file) ? fileContent(ctx, file) : undefined;
    if (!content || content.ormDecls.length === 0) continue;
    if (content.schemaDecls.length === 0 && content.logicDecls.length === 0) continue;
    const evidence = evidenceOf(ctx, file, content);
    proposals.push(...extractions(ctx, names, file, content, evidence, movedTo));
    const stillMixes = content.logicDecls.length > 0 && content.ormDecls.length > leafFunctions(content, movableShapes(ctx, file, content, movedTo)).length;
    proposals.push(remainderHeader(ctx, file, stillMixes, evidence));
    if (stillMixes && !debtCovers(ctx, 'ORM_RUNTIME', file)) debt.push({ rule: 'ORM_RUNTIME', file, reason: 'HYBRID: logic and ORM code still share this file' });
  }
  return { proposals, debt };
}

function extractions(ctx: AnalyzeContext, names: TargetNames, file: RelPath, content: FileContent, evidence: Evidence[], movedTo: Map<RelPath, RelPath>): Proposal[] {
  const lang = ctx.lang(file)!;
  const { stem, ext } = stemOf(file);
  const out: Proposal[] = [];
  const audience = headerValue(ctx.header(file), 'AUDIENCE') === undefined ? undefined : ctx.audienceOf(file);
  const newHeader = (to: RelPath, role: string, needs: Proposal): Proposal => ({
    needs,
    phase: 'splits',
    step: { kind: 'header', file: to, set: { Layer: layerHeaderFor(ctx, to.slice(0, to.lastIndexOf('/'))), ...(audience ? { AUDIENCE: audience } : {}), Role: `${role} split out of ${stem}${ext}` } },
    reason: `Header of the file split out of ${file}`,
    evidence,
  });
  const shapes = movableShapes(ctx, file, content, movedTo);
  if (shapes.length) {
    const all = shapes.length === ctx.declarations(file)!.filter((d) => lang.schemaKinds.includes(d.kind)).length;
    const to = names.name(siblingFolder(file, ROLE.schemas), `${stem}_schemas`, ext);
    const step = { kind: 'split' as const, file, extract: all ? { kinds: [...lang.schemaKinds] } : shapes.map((d) => d.name), to };
    const split: Proposal = { phase: 'splits', step, reason: `Data shapes: ${shapes.map((d) => d.name).join(', ')}`, evidence };
    out.push(split, newHeader(to, 'Data shapes', split));
  }
  const functions = leafFunctions(content, shapes);
  if (functions.length && functions.length < content.ormDecls.length + content.logicDecls.length) {
    const orm = ctx.plan.rules.ORM_RUNTIME?.modules ?? [];
    const to = names.name(siblingFolder(file, ROLE.drivers), `${stem}_driver`, ext);
    const all = functions.length === content.ormFunctions.length;
    const step = { kind: 'split' as const, file, extract: all ? { kinds: [lang.functionKind], uses: orm } : functions.map((d) => d.name), to };
    const split: Proposal = { phase: 'splits', step, reason: `Database functions: ${functions.map((d) => d.name).join(', ')}`, evidence };
    out.push(split, newHeader(to, 'Database functions', split));
  }
  return out;
}

/**
 * The data shapes that can leave: not those that code of the file's own layer imports at run time (a
 * value import of a type moved to a schemas folder would cross layers), judged where phase II leaves
 * the importers. Barrels do not count: the phase regenerates them.
 */
function movableShapes(ctx: AnalyzeContext, file: RelPath, content: FileContent, movedTo: Map<RelPath, RelPath>): FileContent['schemaDecls'] {
  const layer = ctx.layerOf(file);
  const pinned = new Set<string>();
  for (const imp of ctx.index.importersOf(file)) {
    if (imp.typeOnly || isBarrel(imp.file) || ctx.layerOf(movedTo.get(imp.file) ?? imp.file) !== layer) continue;
    if (imp.star || imp.namespace) return [];
    for (const n of imp.names ?? []) if (!n.typeOnly) pinned.add(n.name);
  }
  return content.schemaDecls.filter((d) => !pinned.has(d.name));
}

/** ORM functions that need nothing of the file but moved shapes and each other (anything else makes a cycle). */
function leafFunctions(content: FileContent, shapes: FileContent['schemaDecls']): FileContent['ormFunctions'] {
  let leaves = content.ormFunctions;
  for (;;) {
    const free = new Set([...shapes, ...leaves].map((d) => d.name));
    const next = leaves.filter((f) => f.usesLocals.every((n) => free.has(n)));
    if (next.length === leaves.length) return leaves;
    leaves = next;
  }
}

/** What stays: HYBRID when logic and ORM users still share it, else the folder's own layer. */
function remainderHeader(ctx: AnalyzeContext, file: RelPath, stillMixes: boolean, evidence: Evidence[]): Proposal {
  const folder = ctx.layerOf(file)!;
  const logicLayer = ctx.layerOf(`${siblingFolder(file, ROLE.engines)}/x.ts`);
  const step = stillMixes
    ? { kind: 'header' as const, file, set: { Layer: `${logicLayer}/${folder} — HYBRID` }, tags: ['HYBRID'] }
    : { kind: 'header' as const, file, set: { Layer: layerHeaderFor(ctx, file.slice(0, file.lastIndexOf('/'))) } };
  const reason = stillMixes ? 'Logic and ORM code still share the file after the splits' : 'Only ORM code stays after the splits';
  return { phase: 'splits', step, reason, evidence };
}

function evidenceOf(ctx: AnalyzeContext, file: RelPath, content: FileContent): Evidence[] {
  const header = ctx.header(file);
  const layer = header?.entries.find((e) => e.key.toLowerCase() === 'layer');
  const list = (ds: { name: string }[]) => ds.map((d) => d.name).join(', ') || 'none';
  return [
    { rule: 'HEADER_LAYER', file, line: layer?.line ?? 1, seen: `Layer: ${headerValue(header, 'Layer')} in a ${ctx.layerOf(file)} folder` },
    { file, line: content.ormDecls[0]?.line ?? 1, seen: `ORM users: ${list(content.ormDecls)}; data shapes: ${list(content.schemaDecls)}; pure logic: ${list(content.logicDecls)}` },
  ];
}

/** True when a debt entry of the plan already documents the rule for the file. */
export function debtCovers(ctx: AnalyzeContext, rule: string, file: RelPath): boolean {
  return ctx.plan.debt.some((d) => d.rule === rule && (d.file === file || picomatch(d.file, { dot: true })(file)));
}
