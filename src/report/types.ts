import type { Plan } from '../plan/types';
import type { ValidationResult } from '../validate/types';

/** What a reporter gets: the result and the plan it was computed for. */
export interface ReportInput {
  plan: Plan;
  result: ValidationResult;
  /** `--ci`: exit 1 when anything actionable remains. */
  ci: boolean;
}

/** A reporter is a pure function of the result (dependency-cruiser style). */
export type Reporter = (input: ReportInput) => { output: string; exitCode: number };
