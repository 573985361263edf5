import { runPhases } from '../engine/run-phase';
import type { LedgerRecord } from '../ledger/ledger';
import type { Plan } from '../plan/types';
import type { RelPath } from '../workspace/paths';
import { Workspace } from '../workspace/workspace';
import { RemediateError } from '../errors';
import { renderMermaid } from './mermaid';
import { layerGraph } from './model';

/** The Mermaid layer graph before and after the plan, each with where it was drawn from. */
export interface PlanGraphs {
  before: { mermaid: string; from: string };
  after: { mermaid: string; from: string };
}

/**
 * Before: the current tree when no phase was applied yet; else the current tree with the ledger's
 * moves undone (files back in the layers they left; imports as they are now). After: the tree with the
 * plan's phases staged (a dry run: phases already applied change nothing), up to a refused phase.
 */
export function planGraphs(plan: Plan, ws: Workspace, ledger: LedgerRecord[]): PlanGraphs {
  const moves = ledger.flatMap((r) => r.moves);
  const originOf = (file: RelPath) => moves.reduceRight((p, m) => (p === m.to ? m.from : p), file);
  const before = moves.length
    ? { mermaid: renderMermaid(layerGraph(plan, ws.index(), originOf)), from: `the current tree with the ledger's ${moves.length} moves undone` }
    : { mermaid: renderMermaid(layerGraph(plan, ws.index())), from: ledger.length ? 'the current tree (the applied phases moved no file)' : 'the current tree (no phase applied yet)' };
  return { before, after: stagedGraph(plan) };
}

/** The graph of the tree with the plan's phases staged one by one, up to one the gate refuses or that cannot apply. */
function stagedGraph(plan: Plan): PlanGraphs['after'] {
  const staged = Workspace.open(plan.root, plan);
  let from = 'every phase staged (dry run)';
  for (const phase of plan.phases) {
    try {
      const [run] = runPhases(plan, [phase], { dryRun: true, workspace: staged }).runs;
      if (run.status !== 'refused') continue;
      from = `the phases staged up to ${phase.id}, which the gate refuses`;
    } catch (err) {
      if (!(err instanceof RemediateError)) throw err;
      from = `the phases staged before ${phase.id}, which cannot apply (${err.message})`;
    }
    break;
  }
  return { mermaid: renderMermaid(layerGraph(plan, staged.index())), from };
}
