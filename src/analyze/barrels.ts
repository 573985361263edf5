import { dirOf, type RelPath } from '../workspace/paths';
import type { AnalyzeContext } from './context';
import { isBarrel } from './targets';
import type { PhaseKey, Proposal } from './types';

/** The barrel file of each folder that has one, and the folders BARREL_STALE checks. */
function barrelFolders(ctx: AnalyzeContext): Map<RelPath, RelPath | undefined> {
  const out = new Map<RelPath, RelPath | undefined>();
  for (const dir of ctx.plan.rules.BARREL_STALE?.barrels ?? []) out.set(dir, undefined);
  for (const f of ctx.files) if (isBarrel(f)) out.set(dirOf(f), f);
  return out;
}

/** The files a step takes out of a folder, and the folders it adds files to. */
function footprint(p: Proposal): { out: RelPath[]; into: RelPath[] } {
  const s = p.step;
  if (s.kind === 'move') return { out: [s.from], into: [dirOf(s.to)] };
  if (s.kind === 'split') return { out: [s.file], into: [dirOf(s.to)] };
  return { out: [], into: [] };
}

/**
 * The barrels a phase's moves and splits make stale, regenerated in that same phase: a barrel that
 * re-exports a file moved or split out of its folder (its re-export would cross layers or folders), and
 * a fresh barrel of a folder that receives a file. Barrels stale already wait for phase VI.
 */
export function phaseBarrels(ctx: AnalyzeContext, phase: PhaseKey, proposals: Proposal[]): Proposal[] {
  const barrels = barrelFolders(ctx);
  const stale = new Set(ctx.before.violations.filter((v) => v.rule === 'BARREL_STALE').map((v) => dirOf(v.file)));
  const dirs = new Map<RelPath, string>();
  for (const p of proposals) {
    const { out, into } = footprint(p);
    for (const f of out) {
      const barrel = barrels.get(dirOf(f));
      if (barrel && ctx.index.importsOf(barrel).some((i) => i.resolved === f)) dirs.set(dirOf(f), `${barrel} re-exports ${f}`);
    }
    for (const d of into) if (barrels.has(d) && !stale.has(d) && !dirs.has(d)) dirs.set(d, `a file is added to ${d}`);
  }
  return [...dirs].sort(([a], [b]) => (a < b ? -1 : 1)).map(([dir, seen]) => barrelProposal(phase, dir, seen, 'The phase makes this barrel stale'));
}

/** Phase VI: the barrel of every folder the draft changed, and every stale barrel in scope. */
export function finalBarrels(ctx: AnalyzeContext, proposals: Proposal[]): Proposal[] {
  const barrels = barrelFolders(ctx);
  const dirs = new Map<RelPath, string>();
  for (const v of ctx.before.violations) if (v.rule === 'BARREL_STALE' && v.inScope) dirs.set(dirOf(v.file), v.message);
  for (const p of proposals) {
    const { out, into } = footprint(p);
    for (const d of [...out.map(dirOf), ...into]) if (barrels.has(d) && !dirs.has(d)) dirs.set(d, 'the draft changes this folder');
  }
  return [...dirs].sort(([a], [b]) => (a < b ? -1 : 1)).map(([dir, seen]) => barrelProposal('barrels', dir, seen, 'Regenerated after the draft changed the folder'));
}

function barrelProposal(phase: PhaseKey, dir: RelPath, seen: string, reason: string): Proposal {
  return { phase, step: { kind: 'barrel', dir }, reason, evidence: [{ rule: 'BARREL_STALE', file: dir, line: 1, seen }] };
}
