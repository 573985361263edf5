/** Exit codes of the contract (plan-format.md, "Command line"). */
export const ExitCode = {
  ok: 0,
  violations: 1,
  usage: 2,
  state: 3,
} as const;
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** An expected failure: printed as one clear message, never with a stack trace. */
export class RemediateError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCodeValue,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Bad command-line usage (exit 2). */
export class UsageError extends RemediateError {
  constructor(message: string) {
    super(message, ExitCode.usage);
  }
}

/** One problem in a plan file, with its place. */
export interface PlanIssue {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** A plan that cannot be used (exit 2); carries every problem found, each with file:line:column. */
export class PlanError extends RemediateError {
  constructor(readonly issues: PlanIssue[]) {
    super(issues.map(formatPlanIssue).join('\n'), ExitCode.usage);
  }
}

/** `file:line:column: message`, the shape editors and terminals link. */
export function formatPlanIssue(issue: PlanIssue): string {
  return `${issue.file}:${issue.line}:${issue.column}: ${issue.message}`;
}

/** The code base is not in a state the phase can apply to (exit 3). */
export class StateError extends RemediateError {
  constructor(message: string) {
    super(message, ExitCode.state);
  }
}
