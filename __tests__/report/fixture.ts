import * as os from 'node:os';
import * as path from 'node:path';
import { parsePlan } from '../../src/plan/load';
import type { ReportInput } from '../../src/report/types';
import type { ValidationResult, Violation } from '../../src/validate/types';
import { summarize } from '../../src/validate/validate';

const at = (rule: string, file: string, line: number, column: number, message: string, extra: Partial<Violation> = {}): Violation => ({
  rule, file, line, column, message, debt: false, inScope: file.startsWith('app/integrations/'), ...extra,
});

/** A verify result with one of each: actionable, debt (two reasons), out of scope, and a stale debt entry. */
export function sampleInput(ci = false): ReportInput {
  const plan = parsePlan(path.join(os.tmpdir(), 'remediate.yaml'), 'version: 1\nname: integrations-phase-2.5\nroot: .\n', 'remediate.yaml');
  const violations = [
    at('ORM_RUNTIME', 'app/integrations/drivers/bridges.ts', 3, 1, 'import "typeorm" loads an ORM at run time in a L5 (Domain Engine) file', { debt: true, debtReason: 'HYBRID pending M25 refactor' }),
    at('LEGACY_IMPORT', 'app/integrations/drivers/execution.ts', 6, 30, 'import "app/services/connectors" is in the banned namespace "app/services/**"', { debt: true, debtReason: 'deferred until connectors are migrated' }),
    at('LAYER_BOUNDARY', 'app/integrations/drivers/execution.ts', 7, 41, 'import "../engines/health" (app/integrations/engines/health.ts) reaches L5 (Domain Engine) from L6 (Drivers), which may not depend on L5'),
    at('BANNED_NAMING', 'lib/cost_service.ts', 1, 1, 'file name cost_service.ts matches the banned pattern "**/*_service.ts"'),
  ];
  const result: ValidationResult = {
    path: 'app/integrations',
    rules: [
      { id: 'BANNED_NAMING', description: 'Banned names.' },
      { id: 'LEGACY_IMPORT', description: 'No legacy imports.' },
      { id: 'ORM_RUNTIME', description: 'No ORM at run time.' },
      { id: 'LAYER_BOUNDARY', description: 'Layer deny lists.' },
      { id: 'HEADER_LAYER', description: 'Header layers.' },
    ],
    violations,
    summary: summarize(violations),
    staleDebt: [{ rule: 'LEGACY_IMPORT', file: 'app/integrations/facades/**', reason: 'out of scope', line: 31 }],
  };
  return { plan, result, ci };
}

/** The same plan with nothing found. */
export function cleanInput(ci = false): ReportInput {
  const input = sampleInput(ci);
  return { ...input, result: { ...input.result, violations: [], summary: summarize([]), staleDebt: [] } };
}
