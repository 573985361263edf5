import { runCli } from '../helpers/cli';
import { readTree } from '../helpers/tree';
import { demoProject } from '../status/demo';

describe('remediate status', () => {
  it('computes each step from the tree before the plan runs, and changes nothing', async () => {
    const root = demoProject();
    const before = readTree(root);
    const r = await runCli(['status'], root);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe(
      [
        'demo: phases 1 PARTIAL, 5 TODO; checklist 0 of 3; 3 actionable violations, 0 documented debt',
        '',
        'phase-1  Header Corrections                              PARTIAL   1 done, 1 to do',
        '   1  header drivers/d.ts (Layer: L6 — Drivers)          TODO      header differs from the plan',
        '   2  header drivers/x.ts (Layer: L5 — Engines)          DONE      header reads as set',
        'phase-2  File Relocations                                TODO      1 to do',
        '   1  move drivers/x.ts → engines/x.ts                   TODO      drivers/x.ts is still in place',
        'phase-3  File Splits                                     TODO      1 to do',
        '   1  split engines/x.ts (X → schemas/x_schema.ts)       TODO      schemas/x_schema.ts does not exist yet',
        'phase-4  Legacy Import Updates                           TODO      1 deferred, 1 to do',
        '   1  rewrite-imports src/legacy/helper → shared/helper  TODO      1 file still imports src/legacy/helper: drivers/d.ts',
        '   2  rewrite-imports src/legacy/other → TBD             DEFERRED  until other is migrated',
        'phase-5  Init File Updates                               TODO      1 to do',
        '   1  barrel drivers (regenerate index.ts)               TODO      drivers/index.ts differs from what would be generated',
        'phase-6  Verification                                    TODO      1 to do',
        '   1  verify scope (actionable ≤ 0)                      TODO      expected at most 0 actionable violations, found 3',
        '',
        'Checklist',
        '  [ ] All files in drivers/ are L6 — HEADER_LAYER: 2 (drivers/d.ts, drivers/x.ts)',
        '  [ ] No legacy imports — LEGACY_IMPORT: 1 (drivers/d.ts)',
        '  [ ] No actionable violation — expected at most 0 actionable violations, found 3',
        '',
      ].join('\n'),
    );
    expect(readTree(root)).toEqual(before);
  });

  it('after run --all: done steps, a partial phase for the deferred step, the checklist holds', async () => {
    const root = demoProject();
    expect((await runCli(['run', '--all'], root)).code).toBe(0);
    const r = await runCli(['status'], root);
    expect(r.stdout).toBe(
      [
        'demo: phases 5 DONE, 1 PARTIAL; checklist 3 of 3; 0 actionable violations, 0 documented debt',
        '',
        'phase-1  Header Corrections                              DONE      2 done',
        '   1  header drivers/d.ts (Layer: L6 — Drivers)          DONE      header reads as set',
        '   2  header drivers/x.ts (Layer: L5 — Engines)          DONE      header reads as set (now engines/x.ts)',
        'phase-2  File Relocations                                DONE      1 done',
        '   1  move drivers/x.ts → engines/x.ts                   DONE      drivers/x.ts is gone; engines/x.ts holds it',
        'phase-3  File Splits                                     DONE      1 done',
        '   1  split engines/x.ts (X → schemas/x_schema.ts)       DONE      X lives in schemas/x_schema.ts',
        'phase-4  Legacy Import Updates                           PARTIAL   1 done, 1 deferred',
        '   1  rewrite-imports src/legacy/helper → shared/helper  DONE      nothing imports src/legacy/helper',
        '   2  rewrite-imports src/legacy/other → TBD             DEFERRED  until other is migrated',
        'phase-5  Init File Updates                               DONE      1 done',
        '   1  barrel drivers (regenerate index.ts)               DONE      drivers/index.ts matches what would be generated',
        'phase-6  Verification                                    DONE      1 done',
        '   1  verify scope (actionable ≤ 0)                      DONE      0 actionable, 0 documented debt, 0 in all',
        '',
        'Checklist',
        '  [x] All files in drivers/ are L6',
        '  [x] No legacy imports',
        '  [x] No actionable violation',
        '',
      ].join('\n'),
    );
  });

  it('--json gives scripts the same record', async () => {
    const root = demoProject();
    const doc = JSON.parse((await runCli(['status', '--json'], root)).stdout);
    expect(doc.phases.map((p: { id: string; status: string }) => [p.id, p.status])).toEqual([
      ['phase-1', 'PARTIAL'], ['phase-2', 'TODO'], ['phase-3', 'TODO'], ['phase-4', 'TODO'], ['phase-5', 'TODO'], ['phase-6', 'TODO'],
    ]);
    expect(doc.phases[3].steps[1]).toEqual({
      index: 1, kind: 'rewrite-imports', action: 'rewrite-imports', subject: 'src/legacy/other', change: '→ TBD', status: 'DEFERRED', detail: 'until other is migrated',
    });
    expect(doc.checklist[1]).toEqual({ item: 'No legacy imports', ok: false, detail: 'LEGACY_IMPORT: 1 (drivers/d.ts)' });
    expect(doc.violations).toEqual({ total: 3, actionable: 3, debt: 0 });
  });
});
