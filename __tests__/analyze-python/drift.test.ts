import * as fs from 'node:fs';
import * as path from 'node:path';
import { proposalLines } from '../analyze/analyze-helpers';
import { runCli } from '../helpers/cli';
import { pyrightErrors, unimportableModules } from '../helpers/python';
import { writeTree } from '../helpers/tree';
import { DRIFT_KINDS, driftTree, PLAN, type DriftKind } from './drift-tree-py';
import { applyDraft, draftPythonTree } from './helpers-py';

const D = 'src/app/cust/orders';
const ROOTS = ['src', 'vendor'];

/** The proposal lines with the dropped marker taken off: the same whether Python split has landed or not. */
const proposed = (lines: string[]) => lines.map((l) => l.replace(/^DROPPED /, ''));

describe('remediate analyze on generated Python trees', () => {
  test('finds each kind of drift, in the seed phase order, and the draft applies whole', async () => {
    const { root, draft } = await draftPythonTree(driftTree(DRIFT_KINDS));
    expect(proposed(proposalLines(draft, D))).toEqual([
      'headers: header drivers/pricing_service.py: Layer: L5 — Domain Engine',
      'headers: header engines/scoring.py: Layer: L5 — Domain Engine',
      'relocations: move drivers/order_shapes.py → schemas/order_shapes.py',
      'relocations: move drivers/pricing_service.py → engines/pricing_engine.py',
      'relocations: header schemas/order_shapes.py: Layer: L5 — Domain Engine',
      'splits: split drivers/ledger.py (kinds: dataclass, enum, constant, type-alias) → schemas/ledger_schemas.py',
      'splits: header schemas/ledger_schemas.py: Layer: L5 — Domain Engine, AUDIENCE: CUSTOMER, Role: Data shapes split out of ledger.py',
      'splits: split drivers/ledger.py (kinds: function; uses: sqlalchemy) → drivers/ledger_driver.py',
      'splits: header drivers/ledger_driver.py: Layer: L6 — Drivers, AUDIENCE: CUSTOMER, Role: Database functions split out of ledger.py',
      'splits: header drivers/ledger.py: Layer: L5/L6 — HYBRID [HYBRID]',
      'legacy-imports: rewrite-imports legacy.pager: deferred',
      'legacy-imports: rewrite-imports legacy.format → engines/format',
      'audiences: move drivers/shared_client.py → src/app/cust/general/api/shared_client.py',
      'audiences: header src/app/cust/general/api/shared_client.py: AUDIENCE: CUSTOMER',
      'barrels: barrel api',
      'verify: verify: expect {"actionable":0}',
    ]);
    // Until Python split lands, the draft check drops the two splits (and the headers of the files they make).
    expect(draft.proposals.filter((p) => p.dropped).map((p) => [p.step.kind, p.dropped])).toEqual([]);
    expect(draft.debt.map((d) => `${d.rule} ${d.file}`)).toEqual([`ORM_RUNTIME ${D}/drivers/ledger.py`, `LEGACY_IMPORT ${D}/engines/alerts.py`]);
    expect(draft.text).toContain('      - rewrite-imports: { from: legacy.format, to: engines/format }\n');
    expect([draft.actionableBefore, draft.actionableAfter]).toEqual([8, 0]);
    expect(await applyDraft(path.join(root, 'plans/draft.yaml'))).toEqual({ statuses: ['applied', 'applied', 'applied', 'applied', 'applied', 'applied', 'unchanged'], actionable: [] });
    expect(unimportableModules(root, ROOTS)).toEqual([]);
    expect(pyrightErrors(root, ROOTS)).toEqual([]);
  }, 120_000);

  const phasesFor: Record<DriftKind, string[]> = {
    'schema-file': ['relocations', 'verify'],
    'logic-file': ['headers', 'relocations', 'verify'],
    'mixed-file': ['splits', 'verify'],
    'legacy-with-counterpart': ['legacy-imports', 'verify'],
    'legacy-without-counterpart': ['legacy-imports', 'verify'],
    'wrong-header': ['headers', 'verify'],
    'wrong-audience': ['audiences', 'verify'],
    'stale-barrel': ['barrels', 'verify'],
  };
  test.each(DRIFT_KINDS)('%s alone: found, and the draft applies, leaving every module importable and nothing actionable', async (kind) => {
    const { root, draft } = await draftPythonTree(driftTree([kind]));
    expect([...new Set(draft.proposals.map((p) => p.phase))]).toEqual(phasesFor[kind]);
    expect(draft.proposals.filter((p) => p.dropped).map((p) => p.dropped)).toEqual([]);
    expect((await applyDraft(path.join(root, 'plans/draft.yaml'))).actionable).toEqual([]);
    expect(unimportableModules(root, ROOTS)).toEqual([]);
  }, 60_000);

  test('a clean tree gives a draft with no phases: the input plan as it was', async () => {
    const { draft } = await draftPythonTree(driftTree([]));
    expect(draft.proposals).toEqual([]);
    expect(draft.text).toBe(PLAN);
  });

});

describe('data shapes of a mixed Python file', () => {
  test('one the file builds at run time stays; without the future import an annotation counts as run time too', async () => {
    const files = driftTree(['mixed-file']);
    const ledger = `${D}/drivers/ledger.py`;
    // LedgerBook now builds an Audit; without the future import every annotation of LedgerEntry is evaluated.
    files[ledger] = files[ledger]
      .replace('from __future__ import annotations\n\n', '')
      .replace('class LedgerBook:', '@dataclass\nclass Audit:\n    entry_id: str\n\n\nclass LedgerBook:')
      .replace('        return balance([entry])', '        self.last = Audit(entry.id)\n        return balance([entry])');
    const { root, draft } = await draftPythonTree(files);
    expect(proposalLines(draft, D)).toEqual(['splits: header drivers/ledger.py: Layer: L5/L6 — HYBRID [HYBRID]', 'verify: verify: expect {"actionable":0}']);
    expect((await applyDraft(path.join(root, 'plans/draft.yaml'))).actionable).toEqual([]);
  });

  test('the plan documenting the crossing as debt lets them go, as the seed does for its HYBRID files', async () => {
    const files = driftTree(['mixed-file']);
    const ledger = `${D}/drivers/ledger.py`;
    files[ledger] = files[ledger].replace('from __future__ import annotations\n\n', '');
    files['plans/plan.yaml'] += 'debt:\n  - { rule: LAYER_BOUNDARY, file: drivers/ledger.py, reason: "HYBRID: builds LedgerEntry" }\n';
    const { draft } = await draftPythonTree(files);
    expect(proposed(proposalLines(draft, D)).filter((l) => l.startsWith('splits: split '))).toEqual([
      'splits: split drivers/ledger.py (kinds: dataclass, enum, constant, type-alias) → schemas/ledger_schemas.py',
      'splits: split drivers/ledger.py (kinds: function; uses: sqlalchemy) → drivers/ledger_driver.py',
    ]);
  });
});

describe('the analyze command on a Python tree', () => {
  test('loads the grammar itself, writes the draft to --out and says what it kept', async () => {
    const root = writeTree(driftTree(['wrong-header', 'legacy-with-counterpart']), 'remediate-analyze-py-cli-');
    const run = await runCli(['analyze', '--plan', 'plans/plan.yaml', '--out', 'plans/draft.yaml'], root);
    expect(run).toEqual({
      code: 0,
      stdout: [
        'headers:',
        `  kept     header ${D}/engines/scoring.py: Layer: L5 — Domain Engine — Its folder is L5`,
        'legacy-imports:',
        `  kept     rewrite-imports legacy.format → ${D}/engines/format — ${D}/engines/format defines format_total`,
        'verify:',
        '  kept     verify: expect {"actionable":0} — No actionable violation left',
        'actionable violations: 2 now, 0 after the draft',
        'draft written to plans/draft.yaml',
        '',
      ].join('\n'),
      stderr: '',
    });
    expect(fs.readFileSync(path.join(root, 'plans/draft.yaml'), 'utf8')).toBe(
      `${PLAN}\n# Drafted by \`remediate analyze\`: each step says what was found.\nphases:\n` +
        '  - id: phase-1\n    title: Header Corrections\n    steps:\n      - header: engines/scoring.py\n        set: { Layer: L5 — Domain Engine }\n        reason: Its folder is L5\n' +
        '  - id: phase-4\n    title: Legacy Import Updates\n    steps:\n      - rewrite-imports: { from: legacy.format, to: engines/format }\n        reason: engines/format defines format_total\n' +
        '  - id: phase-7\n    title: Verification\n    steps:\n      - verify: { expect: { actionable: 0 } }\n        reason: No actionable violation left\n',
    );
  });
});
