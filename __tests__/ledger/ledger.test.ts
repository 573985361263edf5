import * as fs from 'node:fs';
import * as path from 'node:path';
import { LEDGER_FILE, readLedger } from '../../src/ledger/ledger';
import { runCli } from '../helpers/cli';
import { readTree, writeTree } from '../helpers/tree';

const PLAN = `version: 1
name: demo
root: code
scope: src
layers:
  L5: { title: Engines, paths: ["**/engines/**"] }
  L6: { title: Drivers, paths: ["**/drivers/**"] }
rules:
  HEADER_LAYER: {}
phases:
  - id: phase-1
    title: Header Corrections
    steps:
      - header: drivers/d.ts
        set: { Layer: "L6 — Drivers" }
      - header: engines/e.ts
        tags: [M25_FROZEN]
        deferred: until the freeze is agreed
`;

const EPOCH = { SOURCE_DATE_EPOCH: '1769212800' };

function project(): string {
  return writeTree({
    'remediate.yaml': PLAN,
    'code/src/drivers/d.ts': '// Layer: L4 — Domain Engine\nexport const d = 1;\n',
    'code/src/engines/e.ts': '// Layer: L5 — Engines\nexport const e = 1;\n',
  });
}

describe('ledger', () => {
  it('appends one record per applied phase: time, plan, phase, steps, files, violations by category', async () => {
    const root = project();
    expect((await runCli(['run', 'phase-1'], root, EPOCH)).code).toBe(0);
    expect(readLedger(path.join(root, 'code'))).toEqual([
      {
        time: '2026-01-24T00:00:00.000Z',
        plan: 'demo',
        planFile: '../remediate.yaml',
        phase: { id: 'phase-1', title: 'Header Corrections' },
        steps: [
          { index: 0, kind: 'header', description: 'header drivers/d.ts (Layer: L6 — Drivers)', status: 'changed', files: ['src/drivers/d.ts'] },
          { index: 1, kind: 'header', description: 'header engines/e.ts (tag M25_FROZEN)', status: 'deferred', files: [], deferred: 'until the freeze is agreed' },
        ],
        files: ['src/drivers/d.ts'],
        moves: [],
        violations: { byRule: [{ rule: 'HEADER_LAYER', before: 1, after: 0 }], actionableBefore: 1, actionableAfter: 0 },
      },
    ]);
  });

  it('records nothing for a dry run or a phase with nothing to change', async () => {
    const root = project();
    await runCli(['run', 'phase-1', '--dry-run'], root, EPOCH);
    expect(fs.existsSync(path.join(root, 'code', LEDGER_FILE))).toBe(false);
    await runCli(['run', 'phase-1'], root, EPOCH);
    const once = readTree(root);
    expect((await runCli(['run', 'phase-1'], root, EPOCH)).stdout).toContain('nothing to change');
    expect(readTree(root)).toEqual(once);
  });

  it('keeps .remediate/ when the writer cleans up its journal', async () => {
    const root = project();
    await runCli(['run', 'phase-1'], root, EPOCH);
    expect(fs.readdirSync(path.join(root, 'code/.remediate'))).toEqual(['ledger.jsonl']);
  });

  it('reads no records without a ledger, and skips a torn last line', () => {
    const root = writeTree({});
    expect(readLedger(root)).toEqual([]);
    const line = JSON.stringify({ time: '2026-01-24T00:00:00.000Z', plan: 'p' });
    fs.mkdirSync(path.join(root, '.remediate'));
    fs.writeFileSync(path.join(root, LEDGER_FILE), `${line}\n{"time":"2026-01-2`);
    expect(readLedger(root)).toEqual([JSON.parse(line)]);
  });
});
