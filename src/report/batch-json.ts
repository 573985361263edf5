import type { PlanOutcome } from '../batch/run-plans';
import { renderRunJson } from './run-report';

/** A batch's one JSON summary: `{ plans: [{ plan, file, exitCode, phases, error? }], exitCode }`. */
export function renderBatchJson(outcomes: PlanOutcome[], opts: { dryRun: boolean; exitCode: number }) {
  return {
    plans: outcomes.map((o) => ({
      plan: o.plan?.name ?? null,
      file: o.file,
      exitCode: o.exitCode,
      phases: o.plan ? renderRunJson(o.plan, o.runs, { dryRun: opts.dryRun, exitCode: o.exitCode }).phases : [],
      ...(o.error !== undefined ? { error: o.error } : {}),
    })),
    dryRun: opts.dryRun,
    exitCode: opts.exitCode,
  };
}
