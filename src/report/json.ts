import { verifyExitCode } from './exit-code';
import type { Reporter } from './types';

/** The contract's shape: `{ violations: [{ rule, file, line, message, debt }], summary }`. */
export const jsonReporter: Reporter = (input) => {
  const { result, plan } = input;
  const doc = {
    plan: plan.name,
    path: result.path,
    violations: result.violations.map((v) => ({
      rule: v.rule, file: v.file, line: v.line, column: v.column, message: v.message, debt: v.debt,
      ...(v.debtReason ? { debtReason: v.debtReason } : {}), inScope: v.inScope,
    })),
    summary: result.summary,
    staleDebt: result.staleDebt,
  };
  return { output: JSON.stringify(doc, null, 2) + '\n', exitCode: verifyExitCode(input) };
};
