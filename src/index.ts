// The package's API for migration scripts: the same stages the CLI runs.
export { loadPlan, parsePlan } from './plan/load';
export { selectPhase } from './plan/select-phase';
export type { Plan, Phase, Step } from './plan/types';
export { Workspace } from './workspace/workspace';
export { prepare, runPhase, verify, status, report } from './api';
export { runPhases, type PhaseRun, type RunOptions } from './engine/run-phase';
export { runPlans, type PlanOutcome, type PhaseChoice } from './batch/run-plans';
export { validate } from './validate/validate';
export type { Violation, ValidationResult } from './validate/types';
export type { PlanStatus, PhaseStatus, StepStatus, StatusWord, ChecklistResult } from './status/types';
export type { FrozenBreach } from './frozen/check';
export { readLedger, type LedgerRecord } from './ledger/ledger';
export { renderPatch } from './changeset/diff';
export { RemediateError, PlanError, StateError, UsageError, ExitCode } from './errors';
