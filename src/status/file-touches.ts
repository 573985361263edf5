import { barrelFileOf, filesIn } from '../codemod/barrel-language';
import type { LedgerRecord } from '../ledger/ledger';
import type { Plan, RewriteImportsStep, Step } from '../plan/types';
import { isWithin, type RelPath } from '../workspace/paths';
import type { Workspace } from '../workspace/workspace';
import { displayPath } from './display';
import { importersOf } from './kinds/rewrite-imports';
import type { Status, StepStatus } from './types';

/** What a file needed, in the order the report lists the groups. */
export type FileNeed = 'clean' | 'header' | 'move' | 'split' | 'move-out' | 'imports' | 'barrel' | 'attention' | 'debt';

/** One thing a step did or does to one file, keyed by the path the plan first names it by. */
export interface Touch {
  file: RelPath;
  need: FileNeed;
  planned: string;
  status: Status;
}

/** The files a step names, as touches; `origins` maps a path a move or split creates to where it came from. */
export function touchesOf(plan: Plan, ws: Workspace, ledger: LedgerRecord[], phaseId: string, st: StepStatus, origins: Map<RelPath, RelPath | null>): Touch[] {
  const step = st.step;
  const planned = st.summary.change;
  const status = { status: st.status, detail: st.detail };
  // A file the plan moved earlier is reported under the path it had before; one a split created, with the split.
  const origin = (p: RelPath) => origins.get(p) ?? p;
  switch (step.kind) {
    case 'header':
      return origins.get(step.file) === null ? [] : [{ file: origin(step.file), need: 'header', planned, status }];
    case 'move':
      return [{ file: origin(step.from), need: isWithin(step.to, plan.scope) ? 'move' : 'move-out', planned, status }];
    case 'split':
      return [{ file: origin(step.file), need: 'split', planned, status }];
    case 'barrel':
      return [{ file: barrelFileOf(step.dir, filesIn(ws.overlay.files(), step.dir)), need: 'barrel', planned, status }];
    case 'rewrite-imports':
      return rewriteTouches(plan, ws, ledger, phaseId, st.index, step);
    case 'verify':
      return [];
  }
}

/** Files a rewrite changed (from the ledger) or still has to change (from the tree). */
function rewriteTouches(plan: Plan, ws: Workspace, ledger: LedgerRecord[], phaseId: string, index: number, step: RewriteImportsStep): Touch[] {
  const left = new Set(importersOf(ws, step));
  const done = ledger
    .filter((r) => r.plan === plan.name && r.phase.id === phaseId)
    .flatMap((r) => r.steps.filter((s) => s.index === index && s.kind === 'rewrite-imports').flatMap((s) => s.files));
  const planned = `${step.from} → ${step.to === undefined ? 'TBD' : displayPath(plan, step.to)}`;
  return [...new Set([...done, ...left])].map((file) => ({
    file,
    need: 'imports' as const,
    planned,
    status: !left.has(file)
      ? { status: 'DONE' as const, detail: `no longer imports ${step.from}` }
      : step.deferred !== undefined
        ? { status: 'DEFERRED' as const, detail: step.deferred }
        : { status: 'TODO' as const, detail: `still imports ${step.from}` },
  }));
}

/**
 * Paths the plan creates: a move's target maps to its source (a header set after a move belongs to
 * the moved file), a split's target to null (it is reported with the split).
 */
export function createdPaths(steps: Step[]): Map<RelPath, RelPath | null> {
  const out = new Map<RelPath, RelPath | null>();
  for (const s of steps) {
    if (s.kind === 'move') out.set(s.to, out.get(s.from) ?? s.from);
    if (s.kind === 'split') out.set(s.to, null);
  }
  return out;
}
