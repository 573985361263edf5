import * as path from 'node:path';
import type { PhaseRun } from '../engine/run-phase';
import { touchedPaths } from '../engine/touched-paths';
import type { Plan } from '../plan/types';
import type { LedgerRecord } from './ledger';

/** The ledger record of a phase that was just applied. */
export function ledgerRecord(plan: Plan, run: PhaseRun, time: Date, commit?: string): LedgerRecord {
  return {
    time: time.toISOString(),
    plan: plan.name,
    planFile: path.relative(plan.root, plan.file).split(path.sep).join('/'),
    phase: run.phase,
    steps: run.steps.map(({ index, kind, description, status, files: f, deferred }) => ({ index, kind, description, status, files: f, ...(deferred !== undefined ? { deferred } : {}) })),
    files: touchedPaths(run.changes),
    moves: run.moves,
    violations: { byRule: run.gate.byRule, actionableBefore: run.gate.actionableBefore, actionableAfter: run.gate.actionableAfter },
    ...(commit ? { commit } : {}),
  };
}
