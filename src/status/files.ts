import { classifier } from '../validate/classify';
import { isSource } from '../lang';
import { isWithin, type RelPath } from '../workspace/paths';
import type { Workspace } from '../workspace/workspace';
import type { LedgerRecord } from '../ledger/ledger';
import { combineStatus } from './combine';
import { displayPath } from './display';
import { createdPaths, touchesOf, type FileNeed, type Touch } from './file-touches';
import type { PlanStatus, Status } from './types';

export type { FileNeed };

/** One file of the summary: its path as the plan names it, what it needed, and how that stands. */
export interface FileEntry extends Status {
  file: string;
  need: FileNeed;
  /** What was planned for it, or for a file no step names, its layer or its violations. */
  planned: string;
}

/** Group order; a file with several needs goes to the first (a split file that also gets a header is a split). */
export const FILE_NEEDS: FileNeed[] = ['clean', 'header', 'move', 'split', 'move-out', 'imports', 'barrel', 'attention', 'debt'];
const PRECEDENCE: FileNeed[] = ['split', 'move', 'move-out', 'imports', 'barrel', 'header'];

/**
 * The seed's "Files Status Summary": files grouped by what the plan did to them, each with its
 * status; files in scope that no step names are clean, documented debt, or in need of attention.
 */
export function fileSummary(s: PlanStatus, ws: Workspace, ledger: LedgerRecord[]): FileEntry[] {
  const origins = createdPaths(s.phases.flatMap((p) => p.steps.map((st) => st.step)));
  const touches = s.phases.flatMap((p) => p.steps.flatMap((st) => touchesOf(s.plan, ws, ledger, p.phase.id, st, origins)));
  const byFile = new Map<RelPath, Touch[]>();
  for (const t of touches) byFile.set(t.file, [...(byFile.get(t.file) ?? []), t]);
  const out: FileEntry[] = [...byFile].map(([file, ts]) => {
    const need = PRECEDENCE.find((n) => ts.some((t) => t.need === n))!;
    const planned = [...new Set([...ts.filter((t) => t.need === need), ...ts].map((t) => t.planned))];
    return { file: displayPath(s.plan, file), need, planned: planned.join('; '), ...combineStatus(ts.map((t) => t.status)) };
  });
  const named = new Set([...byFile.keys(), ...origins.keys()]);
  out.push(...untouched(s, ws, named));
  return out.sort((a, b) => FILE_NEEDS.indexOf(a.need) - FILE_NEEDS.indexOf(b.need) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** Source files in scope no step names: clean, or with documented debt, or with actionable violations. */
function untouched(s: PlanStatus, ws: Workspace, named: Set<RelPath>): FileEntry[] {
  const { layerOf } = classifier(s.plan);
  return ws.overlay
    .files()
    .filter((f) => isSource(f) && isWithin(f, s.plan.scope) && !named.has(f))
    .map((f) => {
      const vs = s.validation.violations.filter((v) => v.file === f);
      const file = displayPath(s.plan, f);
      const rules = [...new Set(vs.map((v) => v.rule))].join(', ');
      if (vs.some((v) => !v.debt)) return { file, need: 'attention', planned: rules, status: 'TODO', detail: `${vs.filter((v) => !v.debt).length} actionable violations` };
      if (vs.length) return { file, need: 'debt', planned: rules, status: 'DEFERRED', detail: [...new Set(vs.map((v) => v.debtReason))].join('; ') };
      return { file, need: 'clean', planned: layerOf(f) ?? '—', status: 'DONE', detail: 'no changes required' };
    });
}
