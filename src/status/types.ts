import type { Phase, Plan, Step } from '../plan/types';
import type { StepSummary } from './describe';
import type { ValidationResult } from '../validate/types';
import type { RelPath } from '../workspace/paths';
import type { Workspace } from '../workspace/workspace';

/** The seed's status words, plus UNKNOWN for a step remediate cannot judge (never a fake DONE). */
export type StatusWord = 'DONE' | 'PARTIAL' | 'TODO' | 'DEFERRED' | 'UNKNOWN';

/** A status with the one-line reason behind it. */
export interface Status {
  status: StatusWord;
  detail: string;
}

/** What a step's status function may look at: the tree as it is on disk, read-only. */
export interface StatusContext {
  plan: Plan;
  /** A freshly opened workspace; status functions read it and never stage on it. */
  ws: Workspace;
  /** Where a file named by the step is now, following the plan's later moves if it has moved. */
  locate(path: RelPath): RelPath;
  /** The validator's result on the tree (computed once, on first use). */
  validation(): ValidationResult;
  /** A path as the plan writes it (relative to scope), for details. */
  show(path: RelPath): string;
}

/** One step kind's status: a pure function of the tree. */
export type StepStatusFn<S extends Step = Step> = (ctx: StatusContext, step: S) => Status;

export interface StepStatus extends Status {
  index: number;
  kind: Step['kind'];
  step: Step;
  /** The step in three short columns, paths as the plan writes them. */
  summary: StepSummary;
}

export interface PhaseStatus extends Status {
  phase: Phase;
  /** `Phase II`, as the seed names it. */
  name: string;
  steps: StepStatus[];
}

/** One checklist item, evaluated on the tree. */
export interface ChecklistResult {
  item: string;
  ok: boolean;
  detail: string;
}

/** The plan's record, computed from the code base. */
export interface PlanStatus {
  plan: Plan;
  phases: PhaseStatus[];
  checklist: ChecklistResult[];
  validation: ValidationResult;
}
