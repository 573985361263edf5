import { textReporter } from '../../src/report/text';
import { cleanInput, sampleInput } from './fixture';

describe('text reporter', () => {
  it('prints the category table, open violations by file, debt apart with reasons, stale entries', () => {
    expect(textReporter(sampleInput()).output).toBe(
      [
        'integrations-phase-2.5: 4 violations (1 actionable, 2 documented debt) — scope app/integrations',
        '',
        'Category        Count  In scope  Debt  Actionable',
        'BANNED_NAMING       1         0     0           0',
        'LAYER_BOUNDARY      1         1     0           1',
        'LEGACY_IMPORT       1         1     1           0',
        'ORM_RUNTIME         1         1     1           0',
        '',
        'app/integrations/drivers/execution.ts',
        '  7:41  LAYER_BOUNDARY  import "../engines/health" (app/integrations/engines/health.ts) reaches L5 (Domain Engine) from L6 (Drivers), which may not depend on L5',
        'lib/cost_service.ts',
        '  1:1  BANNED_NAMING  file name cost_service.ts matches the banned pattern "**/*_service.ts"  [out of scope]',
        '',
        'Documented debt (not actionable):',
        'app/integrations/drivers/bridges.ts',
        '  3:1  ORM_RUNTIME  import "typeorm" loads an ORM at run time in a L5 (Domain Engine) file — HYBRID pending M25 refactor',
        'app/integrations/drivers/execution.ts',
        '  6:30  LEGACY_IMPORT  import "app/services/connectors" is in the banned namespace "app/services/**" — deferred until connectors are migrated',
        '',
        'Stale debt entries (they match no violation):',
        '  plan line 31: LEGACY_IMPORT app/integrations/facades/** — out of scope',
        '',
      ].join('\n'),
    );
  });

  it('prints one line when nothing is found', () => {
    expect(textReporter(cleanInput()).output).toBe('integrations-phase-2.5: 0 violations (0 actionable, 0 documented debt) — scope app/integrations\n');
  });

  it('exits 1 under --ci only when something actionable remains', () => {
    expect(textReporter(sampleInput(true)).exitCode).toBe(1);
    expect(textReporter(sampleInput(false)).exitCode).toBe(0);
    expect(textReporter(cleanInput(true)).exitCode).toBe(0);
  });
});
