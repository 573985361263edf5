import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { assertBuilt, spawnCli } from '../helpers/child';

// bin/compile-cache.js keeps V8's code cache of remediate's modules in os.tmpdir() (TMPDIR here).
// What a run prints must not depend on it: made, reused, rejected as garbage, or turned off.

const EXAMPLE = path.join(__dirname, '../../examples/hoc');
const PLAN = path.join(__dirname, '../../plans/integrations-phase-2.5.yaml');

function cacheFiles(tmp: string): string[] {
  const dir = fs.readdirSync(tmp).find((d) => d.startsWith('remediate-compile-cache-'));
  if (!dir) return [];
  return fs.readdirSync(path.join(tmp, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

describe('the compile cache of the CLI', () => {
  beforeAll(assertBuilt);

  it('is made on the first run, reused on the next, and made again when V8 rejects it; output unchanged', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'remediate-cc-'));
    const run = () => spawnCli(['plan', 'check', PLAN], EXAMPLE, { TMPDIR: tmp });
    const first = await run();
    expect(first.code).toBe(0);
    const files = cacheFiles(tmp);
    expect(files.length).toBeGreaterThan(20);
    const second = await run();
    expect([second.code, second.stdout, second.stderr]).toEqual([0, first.stdout, first.stderr]);
    for (const f of files) fs.writeFileSync(f, 'not a code cache');
    const third = await run();
    expect([third.code, third.stdout, third.stderr]).toEqual([0, first.stdout, first.stderr]);
    expect(cacheFiles(tmp).filter((f) => fs.readFileSync(f, 'utf8') === 'not a code cache')).toEqual([]);
  });

  it('is not used with REMEDIATE_COMPILE_CACHE=0', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'remediate-cc-'));
    const r = await spawnCli(['--version'], EXAMPLE, { TMPDIR: tmp, REMEDIATE_COMPILE_CACHE: '0' });
    expect(r.code).toBe(0);
    expect(cacheFiles(tmp)).toEqual([]);
  });
});
