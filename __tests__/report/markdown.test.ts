import { markdownReporter } from '../../src/report/markdown';
import { cleanInput, sampleInput } from './fixture';

describe('markdown reporter', () => {
  it('prints the seed-style table, then open violations and debt by file, escaping markup in messages', () => {
    expect(markdownReporter(sampleInput()).output).toBe(
      [
        '## integrations-phase-2.5: verification',
        '',
        '**Total violations:** 4 (1 actionable, 2 documented debt) in scope `app/integrations`',
        '',
        '| Category | Count | In Scope | Debt | Resolution |',
        '|---|---:|---:|---:|---|',
        '| BANNED_NAMING | 1 | 0 | 0 | ✅ 1 out of scope |',
        '| LAYER_BOUNDARY | 1 | 1 | 0 | ❌ 1 actionable |',
        '| LEGACY_IMPORT | 1 | 1 | 1 | ✅ 1 documented debt |',
        '| ORM_RUNTIME | 1 | 1 | 1 | ✅ 1 documented debt |',
        '',
        '### Violations by file',
        '',
        '**`app/integrations/drivers/execution.ts`**',
        '',
        '- 7:41 LAYER_BOUNDARY: import "../engines/health" (app/integrations/engines/health.ts) reaches L5 (Domain Engine) from L6 (Drivers), which may not depend on L5',
        '',
        '**`lib/cost_service.ts`**',
        '',
        '- 1:1 BANNED_NAMING: file name cost\\_service.ts matches the banned pattern "\\*\\*/\\*\\_service.ts" _(out of scope)_',
        '',
        '### Documented debt',
        '',
        '**`app/integrations/drivers/bridges.ts`**',
        '',
        '- 3:1 ORM_RUNTIME: import "typeorm" loads an ORM at run time in a L5 (Domain Engine) file — HYBRID pending M25 refactor',
        '',
        '**`app/integrations/drivers/execution.ts`**',
        '',
        '- 6:30 LEGACY_IMPORT: import "app/services/connectors" is in the banned namespace "app/services/\\*\\*" — deferred until connectors are migrated',
        '',
        '### Stale debt entries',
        '',
        '- plan line 31: LEGACY_IMPORT `app/integrations/facades/**` matches no violation — out of scope',
        '',
      ].join('\n'),
    );
  });

  it('prints the headline alone when nothing is found', () => {
    expect(markdownReporter(cleanInput()).output).toBe('## integrations-phase-2.5: verification\n\n**Total violations:** 0 (0 actionable, 0 documented debt) in scope `app/integrations`\n');
  });
});
