import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../helpers/cli';
import { writeTree } from '../helpers/tree';
import { driftTree, PLAN } from './drift-tree';

const D = 'src/app/cust/orders';

describe('remediate analyze (CLI)', () => {
  test('--out writes the draft in the input format: input kept, debt extended, phases appended', async () => {
    const root = writeTree(driftTree(['wrong-header', 'legacy-without-counterpart']));
    const run = await runCli(['analyze', '--plan', 'plans/plan.yaml', '--out', 'plans/draft.yaml'], root);
    expect(run.code).toBe(0);
    expect(fs.readFileSync(path.join(root, 'plans/draft.yaml'), 'utf8')).toBe(
      PLAN +
        'debt:\n' +
        '  - { rule: LEGACY_IMPORT, file: engines/alerts.ts, reason: "legacy/pager: deferred, no module named pager in the new tree defines page" }\n' +
        '\n' +
        '# Drafted by `remediate analyze`: each step says what was found.\n' +
        'phases:\n' +
        '  - id: phase-1\n' +
        '    title: Header Corrections\n' +
        '    steps:\n' +
        '      - header: engines/scoring.ts\n' +
        '        set: { Layer: L5 — Domain Engine }\n' +
        '        reason: Its folder is L5\n' +
        '  - id: phase-4\n' +
        '    title: Legacy Import Updates\n' +
        '    steps:\n' +
        '      - rewrite-imports: { from: legacy/pager, to: TBD }\n' +
        '        deferred: "engines/alerts.ts: no module named pager in the new tree defines page"\n' +
        '        reason: no module named pager in the new tree defines page\n' +
        '  - id: phase-7\n' +
        '    title: Verification\n' +
        '    steps:\n' +
        '      - verify: { expect: { actionable: 0 } }\n' +
        '        reason: No actionable violation left\n',
    );
    expect(run.stdout).toBe(
      'headers:\n' +
        `  kept     header ${D}/engines/scoring.ts: Layer: L5 — Domain Engine — Its folder is L5\n` +
        'legacy-imports:\n' +
        '  kept     rewrite-imports legacy/pager: deferred — no module named pager in the new tree defines page\n' +
        'verify:\n' +
        '  kept     verify: expect {"actionable":0} — No actionable violation left\n' +
        `debt added: LEGACY_IMPORT ${D}/engines/alerts.ts — legacy/pager: deferred, no module named pager in the new tree defines page\n` +
        'actionable violations: 2 now, 0 after the draft\n' +
        'draft written to plans/draft.yaml\n',
    );
  });

  test('--json gives each proposal with its evidence and whether the gate kept it; a draft elsewhere gets its root rewritten', async () => {
    const root = writeTree(driftTree(['wrong-header']));
    const run = await runCli(['analyze', '--plan', 'plans/plan.yaml', '--out', 'draft.yaml', '--json'], root);
    expect(JSON.parse(run.stdout)).toEqual({
      out: 'draft.yaml',
      actionable: { before: 1, after: 0 },
      proposals: [
        {
          phase: 'headers',
          step: { kind: 'header', file: `${D}/engines/scoring.ts`, set: { Layer: 'L5 — Domain Engine' } },
          reason: 'Its folder is L5',
          evidence: [{ rule: 'HEADER_LAYER', file: `${D}/engines/scoring.ts`, line: 1, seen: 'Layer: L6 — Drivers in a L5 folder' }],
          kept: true,
        },
        { phase: 'verify', step: { kind: 'verify', expect: { actionable: 0 } }, reason: 'No actionable violation left', evidence: [], kept: true },
      ],
      debt: [],
    });
    expect(fs.readFileSync(path.join(root, 'draft.yaml'), 'utf8')).toMatch(/^root: "\."$/m);
    expect((await runCli(['run', '--all', '--allow-dirty', '--plan', 'draft.yaml'], root)).code).toBe(0);
  });
});
