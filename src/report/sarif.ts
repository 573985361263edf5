import type { Violation } from '../validate/types';
import { verifyExitCode } from './exit-code';
import type { Reporter } from './types';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/**
 * SARIF 2.1.0, one run, one rule descriptor per category, so GitHub code scanning shows violations
 * inline. Actionable violations are errors, out-of-scope ones warnings, debt notes with an external
 * suppression carrying its reason. URIs are relative to the plan's root.
 */
export const sarifReporter: Reporter = (input) => {
  const { result } = input;
  const ids = [...new Set([...result.rules.map((r) => r.id as string), ...result.violations.map((v) => v.rule)])];
  const described = new Map(result.rules.map((r) => [r.id as string, r.description]));
  const rules = ids.map((id) => ({ id, shortDescription: { text: described.get(id) ?? id }, defaultConfiguration: { level: 'error' } }));
  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'remediate', rules } },
        invocations: [
          {
            executionSuccessful: true,
            toolConfigurationNotifications: result.staleDebt.map((d) => ({
              level: 'warning',
              message: { text: `stale debt entry (plan line ${d.line}): ${d.rule} ${d.file} matches no violation (${d.reason})` },
            })),
          },
        ],
        results: result.violations.map((v) => sarifResult(v, ids.indexOf(v.rule))),
      },
    ],
  };
  return { output: JSON.stringify(log, null, 2) + '\n', exitCode: verifyExitCode(input) };
};

function sarifResult(v: Violation, ruleIndex: number) {
  return {
    ruleId: v.rule,
    ruleIndex,
    level: v.debt ? 'note' : v.inScope ? 'error' : 'warning',
    message: { text: v.message },
    locations: [{ physicalLocation: { artifactLocation: { uri: v.file.split('/').map(encodeURIComponent).join('/') }, region: { startLine: v.line, startColumn: v.column } } }],
    ...(v.debt ? { suppressions: [{ kind: 'external', justification: v.debtReason ?? '' }] } : {}),
  };
}
