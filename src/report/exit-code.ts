import type { ReportInput } from './types';

/** verify's exit code: 1 under --ci when anything actionable remains, else 0. */
export function verifyExitCode({ ci, result }: ReportInput): number {
  return ci && result.summary.actionable > 0 ? 1 : 0;
}
