import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../helpers/cli';
import { readTree } from '../helpers/tree';
import { demoProject } from '../status/demo';

describe('remediate report', () => {
  it('before any phase: IN PROGRESS from the tree alone (one header already reads as planned), an empty changelog; the tree unchanged', async () => {
    const root = demoProject();
    const before = readTree(root);
    const r = await runCli(['report'], root);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 5)).toEqual(['# demo', '', '**Status:** IN PROGRESS  ', '**Plan:** `remediate.yaml`  ', '**Scope:** `src`']);
    expect(lines).toContain('| 1 | move | `drivers/x.ts` | → engines/x.ts | ⬜ TODO | Pure business logic — drivers/x.ts is still in place |');
    expect(lines).toContain('- [ ] No legacy imports — LEGACY_IMPORT: 1 (drivers/d.ts)');
    expect(lines).toContain('No phase has been applied yet (the ledger, `.remediate/ledger.jsonl`, is empty).');
    expect(readTree(root)).toEqual(before);
  });

  it('after one phase: its changelog row; --out writes the file and prints nothing', async () => {
    const root = demoProject();
    await runCli(['run', 'phase-1'], root, { SOURCE_DATE_EPOCH: '1769212800' });
    const r = await runCli(['report', '--out', 'REPORT.md'], root);
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '', '']);
    const text = fs.readFileSync(path.join(root, 'REPORT.md'), 'utf8');
    expect(text.split('\n')[2]).toBe('**Status:** IN PROGRESS  ');
    expect(text).toContain('| 2026-01-24 | Phase I | Header Corrections | 1 file changed (drivers/d.ts); actionable 3→2 |');
  });
});
