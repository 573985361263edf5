import { dirOf, isWithin, joinRel, type RelPath } from '../workspace/paths';
import type { AnalyzeContext } from './context';
import { isBarrel, stemOf, type TargetNames } from './targets';
import type { Evidence, Proposal } from './types';

/**
 * Phase V: a file whose `AUDIENCE:` header disagrees with its folder. Its importers decide where it
 * belongs: imported from the declared audience, it moves there; imported across its own audience's
 * domains (through `<audience>/general`), it moves to the general folder they use. A file only its own
 * domain imports belongs where it is: `headerFixes` corrects its header instead (phase I).
 */
export function findAudienceMoves(ctx: AnalyzeContext, names: TargetNames): { moves: Proposal[]; headerFixes: Proposal[] } {
  const moves: Proposal[] = [];
  const headerFixes: Proposal[] = [];
  for (const file of ctx.files) {
    const folder = ctx.audienceOf(file);
    const entry = ctx.inScope(file) && folder !== undefined ? audienceEntry(ctx, file) : undefined;
    if (!entry || entry.value === folder || isBarrel(file)) continue;
    const imports = ctx.index.importersOf(file).filter((i) => !isBarrel(i.file) || dirOf(i.file) !== dirOf(file));
    const importers = imports.map((i) => i.file);
    const evidence: Evidence[] = [
      { rule: 'AUDIENCE_BOUNDARY', file, line: entry.line, seen: `AUDIENCE: ${entry.value} in a ${folder} folder` },
      ...imports.map((i) => ({ file: i.file, line: i.line, seen: `imports it (audience ${ctx.audienceOf(i.file) ?? 'none'})` })),
    ];
    const target = targetFolder(ctx, entry.value, folder!, importers);
    if (!target) {
      const step = { kind: 'header' as const, file, set: { AUDIENCE: folder! } };
      headerFixes.push({ phase: 'headers', step, reason: `Only its own ${folder} domain uses it`, evidence });
      continue;
    }
    const { stem, ext } = stemOf(file);
    const to = names.name(target.dir, stem, ext);
    const move: Proposal = { phase: 'audiences', step: { kind: 'move', from: file, to }, reason: target.why, evidence };
    moves.push(move, { phase: 'audiences', step: { kind: 'header', file: to, set: { AUDIENCE: target.audience } }, reason: 'Audience of its new folder', evidence, needs: move });
  }
  return { moves, headerFixes };
}

function audienceEntry(ctx: AnalyzeContext, file: RelPath) {
  return ctx.header(file)?.entries.find((e) => e.key.toLowerCase() === 'audience');
}

/** Where the file belongs, or undefined when that is where it is. */
function targetFolder(ctx: AnalyzeContext, declared: string, folder: string, importers: RelPath[]) {
  const declaredDir = ctx.plan.audiences[declared];
  if (declaredDir !== undefined && importers.some((f) => ctx.audienceOf(f) === declared)) {
    return { dir: generalOf(ctx, declaredDir, importers), audience: declared, why: `Imported from the ${declared} audience it declares` };
  }
  const general = joinRel(ctx.plan.audiences[folder], 'general');
  const shared = importers.filter((f) => isWithin(f, general));
  if (!shared.length) return undefined;
  return { dir: commonDir(shared.map(dirOf)), audience: folder, why: `Cross-domain within the ${folder} audience` };
}

/** The declared audience's `general` folder, or the folder its importers there share. */
function generalOf(ctx: AnalyzeContext, audienceDir: RelPath, importers: RelPath[]): RelPath {
  const general = joinRel(audienceDir, 'general');
  const there = importers.filter((f) => isWithin(f, general));
  if (there.length) return commonDir(there.map(dirOf));
  return ctx.ws.overlay.isDir(general) ? general : audienceDir;
}

/** The deepest folder holding every one of `dirs`. */
function commonDir(dirs: RelPath[]): RelPath {
  let common = dirs[0].split('/');
  for (const d of dirs.slice(1)) {
    const parts = d.split('/');
    let i = 0;
    while (i < common.length && common[i] === parts[i]) i++;
    common = common.slice(0, i);
  }
  return common.join('/');
}
