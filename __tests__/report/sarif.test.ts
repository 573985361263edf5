import { sarifReporter } from '../../src/report/sarif';
import { cleanInput, sampleInput } from './fixture';

/** The parsed SARIF log. */
function sarif(input = sampleInput()) {
  return JSON.parse(sarifReporter(input).output);
}

describe('sarif reporter', () => {
  it('writes the whole log (snapshot)', () => {
    expect(sarif()).toMatchSnapshot();
  });

  it('is SARIF 2.1.0 with one run whose driver describes every category that ran or was found', () => {
    const log = sarif();
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0].tool.driver.name).toBe('remediate');
    expect(log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['BANNED_NAMING', 'LEGACY_IMPORT', 'ORM_RUNTIME', 'LAYER_BOUNDARY', 'HEADER_LAYER']);
    expect(log.runs[0].tool.driver.rules[1]).toEqual({ id: 'LEGACY_IMPORT', shortDescription: { text: 'No legacy imports.' }, defaultConfiguration: { level: 'error' } });
  });

  it('makes actionable violations errors, out-of-scope ones warnings, and debt suppressed notes', () => {
    const results = sarif().runs[0].results;
    expect(results.map((r: { ruleId: string; ruleIndex: number; level: string; suppressions?: unknown }) => [r.ruleId, r.ruleIndex, r.level, r.suppressions ?? null])).toEqual([
      ['ORM_RUNTIME', 2, 'note', [{ kind: 'external', justification: 'HYBRID pending M25 refactor' }]],
      ['LEGACY_IMPORT', 1, 'note', [{ kind: 'external', justification: 'deferred until connectors are migrated' }]],
      ['LAYER_BOUNDARY', 3, 'error', null],
      ['BANNED_NAMING', 0, 'warning', null],
    ]);
    expect(results[2].locations).toEqual([{ physicalLocation: { artifactLocation: { uri: 'app/integrations/drivers/execution.ts' }, region: { startLine: 7, startColumn: 41 } } }]);
  });

  it('lists stale debt entries as configuration notifications', () => {
    expect(sarif().runs[0].invocations).toEqual([
      {
        executionSuccessful: true,
        toolConfigurationNotifications: [{ level: 'warning', message: { text: 'stale debt entry (plan line 31): LEGACY_IMPORT app/integrations/facades/** matches no violation (out of scope)' } }],
      },
    ]);
  });

  it('percent-encodes file paths as URI references', () => {
    const input = sampleInput();
    input.result.violations[3] = { ...input.result.violations[3], file: 'lib/a b#1.ts' };
    expect(sarif(input).runs[0].results[3].locations[0].physicalLocation.artifactLocation.uri).toBe('lib/a%20b%231.ts');
  });

  it('has no results and exits 0 under --ci when nothing is found', () => {
    expect(sarif(cleanInput()).runs[0].results).toEqual([]);
    expect(sarifReporter(cleanInput(true)).exitCode).toBe(0);
    expect(sarifReporter(sampleInput(true)).exitCode).toBe(1);
  });
});
