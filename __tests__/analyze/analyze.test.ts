import { typeErrors } from '../operations/fixture-trees';
import { draftTree, proposalLines, runDraft } from './analyze-helpers';
import { DRIFT_KINDS, driftTree, PLAN, type DriftKind } from './drift-tree';

const D = 'src/app/cust/orders';

describe('remediate analyze on generated trees', () => {
  test('finds each kind of drift, in the seed phase order, and the draft applies whole', async () => {
    const { root, draft } = draftTree(driftTree(DRIFT_KINDS));
    expect(proposalLines(draft, D)).toEqual([
      'headers: header drivers/pricing_service.ts: Layer: L5 — Domain Engine',
      'headers: header engines/scoring.ts: Layer: L5 — Domain Engine',
      'relocations: move drivers/order_shapes.ts → schemas/order_shapes.ts',
      'relocations: move drivers/pricing_service.ts → engines/pricing_engine.ts',
      'relocations: header schemas/order_shapes.ts: Layer: L5 — Domain Engine',
      'splits: split drivers/ledger.ts (kinds: interface, type, enum) → schemas/ledger_schemas.ts',
      'splits: header schemas/ledger_schemas.ts: Layer: L5 — Domain Engine, AUDIENCE: CUSTOMER, Role: Data shapes split out of ledger.ts',
      'splits: split drivers/ledger.ts (kinds: function; uses: typeorm) → drivers/ledger_driver.ts',
      'splits: header drivers/ledger_driver.ts: Layer: L6 — Drivers, AUDIENCE: CUSTOMER, Role: Database functions split out of ledger.ts',
      'splits: header drivers/ledger.ts: Layer: L5/L6 — HYBRID [HYBRID]',
      'legacy-imports: rewrite-imports legacy/pager: deferred',
      'legacy-imports: rewrite-imports legacy/format → engines/format',
      'audiences: move drivers/shared_client.ts → src/app/cust/general/api/shared_client.ts',
      'audiences: header src/app/cust/general/api/shared_client.ts: AUDIENCE: CUSTOMER',
      'barrels: barrel api',
      'verify: verify: expect {"actionable":0}',
    ]);
    expect(draft.debt.map((d) => `${d.rule} ${d.file}`)).toEqual([`ORM_RUNTIME ${D}/drivers/ledger.ts`, `LEGACY_IMPORT ${D}/engines/alerts.ts`]);
    expect([draft.actionableBefore, draft.actionableAfter]).toEqual([8, 0]);
    expect(await runDraft(root)).toEqual({ code: 0, actionable: [] });
    expect(typeErrors(root)).toEqual([]);
  });

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
  test.each(DRIFT_KINDS)('%s alone: found, and run --all of the draft leaves tsc clean and nothing actionable', async (kind) => {
    const { root, draft } = draftTree(driftTree([kind]));
    expect([...new Set(draft.proposals.map((p) => p.phase))]).toEqual(phasesFor[kind]);
    expect(draft.proposals.filter((p) => p.dropped)).toEqual([]);
    expect(await runDraft(root)).toEqual({ code: 0, actionable: [] });
    expect(typeErrors(root)).toEqual([]);
  });

  test('a clean tree gives a draft with no phases: the input plan as it was', () => {
    const { draft } = draftTree(driftTree([]));
    expect(draft.proposals).toEqual([]);
    expect(draft.text).toBe(PLAN);
  });

  test('a split of a file frozen to header edits is refused and dropped, with the header of the file it would make', async () => {
    const files = driftTree(['mixed-file']);
    files['plans/plan.yaml'] += 'frozen:\n  - { files: [drivers/ledger.ts], tag: M25_FROZEN, allow: [header] }\n';
    const { root, draft } = draftTree(files);
    expect(proposalLines(draft, D)).toEqual([
      'DROPPED splits: split drivers/ledger.ts (kinds: interface, type, enum) → schemas/ledger_schemas.ts',
      'DROPPED splits: header schemas/ledger_schemas.ts: Layer: L5 — Domain Engine, AUDIENCE: CUSTOMER, Role: Data shapes split out of ledger.ts',
      'DROPPED splits: split drivers/ledger.ts (kinds: function; uses: typeorm) → drivers/ledger_driver.ts',
      'DROPPED splits: header drivers/ledger_driver.ts: Layer: L6 — Drivers, AUDIENCE: CUSTOMER, Role: Database functions split out of ledger.ts',
      'splits: header drivers/ledger.ts: Layer: L5/L6 — HYBRID [HYBRID]',
      'verify: verify: expect {"actionable":0}',
    ]);
    expect(draft.proposals[0].dropped).toMatch(/^frozen \(M25_FROZEN\): /);
    expect(draft.text).not.toContain('split:');
    expect(await runDraft(root)).toEqual({ code: 0, actionable: [] });
    expect(typeErrors(root)).toEqual([]);
  });

  test('what the draft cannot fix becomes a debt entry with a reason; verify then expects nothing actionable', async () => {
    const files = driftTree(['wrong-header']);
    files[`${D}/drivers/order_totals.ts`] = "// Layer: L6 — Drivers\n// AUDIENCE: CUSTOMER\n\nimport { total } from '../engines/totals';\n\nexport const none = total([]);\n";
    const { root, draft } = draftTree(files);
    expect(proposalLines(draft, D)).toEqual(['headers: header engines/scoring.ts: Layer: L5 — Domain Engine', 'verify: verify: expect {"actionable":0}']);
    expect(draft.debt).toEqual([
      {
        rule: 'LAYER_BOUNDARY',
        file: `${D}/drivers/order_totals.ts`,
        reason: `no step of the draft fixes it: import "../engines/totals" (${D}/engines/totals.ts) reaches L5 (Domain Engine) from L6 (Drivers), which may not depend on L5`,
      },
    ]);
    expect([draft.actionableBefore, draft.actionableAfter]).toEqual([2, 1]);
    expect(draft.proposals.at(-1)!.reason).toBe('No actionable violation left; 1 the draft cannot fix are documented as debt');
    expect(await runDraft(root)).toEqual({ code: 0, actionable: [] });
  });

  test('legacy modules of one folder with counterparts in one new folder become one folder rewrite', async () => {
    const files = driftTree(['legacy-with-counterpart', 'legacy-without-counterpart']);
    files[`${D}/engines/pager.ts`] = "// Layer: L5 — Domain Engine\n// AUDIENCE: CUSTOMER\n\nexport function page(who: string): string {\n  return `paged ${who}`;\n}\n";
    const { root, draft } = draftTree(files);
    expect(proposalLines(draft, D)).toEqual(['legacy-imports: rewrite-imports legacy → engines', 'verify: verify: expect {"actionable":0}']);
    expect(draft.proposals[0].reason).toBe(`2 modules of legacy have counterparts in ${D}/engines: pager, format`);
    expect(await runDraft(root)).toEqual({ code: 0, actionable: [] });
    expect(typeErrors(root)).toEqual([]);
  });
});
