import type { RelPath } from '../workspace/paths';
import { findAudienceMoves } from './audiences';
import { finalBarrels, phaseBarrels } from './barrels';
import type { AnalyzeContext } from './context';
import { findHeaders } from './headers';
import { findLegacyImports } from './legacy-imports';
import { findRelocations } from './relocations';
import { findSplits } from './splits';
import { TargetNames } from './targets';
import type { DraftDebt, Proposal } from './types';

/**
 * Every proposal, in the seed's phase order. Later phases know what earlier ones do (headers of moved
 * files, counterparts where phase II puts them), and all targets are named by one `TargetNames`, so
 * no two files land on one path.
 */
export function findProposals(ctx: AnalyzeContext): { proposals: Proposal[]; debt: DraftDebt[] } {
  const names = new TargetNames(ctx);
  const relocations = findRelocations(ctx, names);
  const movedTo = new Map<RelPath, RelPath>();
  for (const p of relocations) if (p.step.kind === 'move') movedTo.set(p.step.from, p.step.to);
  const splits = findSplits(ctx, names, movedTo);
  const splitFiles = new Set(splits.proposals.flatMap((p) => (p.step.kind === 'split' ? [p.step.file] : [])));
  const audiences = findAudienceMoves(ctx, names);
  const headers = [...findHeaders(ctx, movedTo, splitFiles), ...audiences.headerFixes];
  const legacy = findLegacyImports(ctx, movedTo);
  const changing = [...relocations, ...splits.proposals, ...audiences.moves];
  const proposals = [
    ...headers,
    ...relocations,
    ...phaseBarrels(ctx, 'relocations', relocations),
    ...splits.proposals,
    ...phaseBarrels(ctx, 'splits', splits.proposals),
    ...legacy.proposals,
    ...audiences.moves,
    ...phaseBarrels(ctx, 'audiences', audiences.moves),
    ...finalBarrels(ctx, changing),
  ];
  return { proposals, debt: [...splits.debt, ...legacy.debt] };
}
