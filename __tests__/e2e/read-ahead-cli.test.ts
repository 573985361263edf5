import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateTree } from '../../bench/generate';
import { assertBuilt, spawnCli } from '../helpers/child';
import { runCli } from '../helpers/cli';

// On a tree of 2,500 source files the built CLI reads files ahead on a second thread; the in-process
// CLI of these tests (TypeScript sources) reads them itself. Both must print the same.

describe('the CLI with files read ahead on a second thread', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'remediate-read-ahead-'));
  beforeAll(() => {
    assertBuilt();
    generateTree({ files: 2500, seed: 7, dir });
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.each([
    [['verify', '--format', 'json']],
    [['run', 'rewrite-legacy', '--dry-run', '--json']],
    [['run', 'move-folder', '--dry-run']],
  ])('%j prints what the in-process CLI prints', async (args) => {
    const spawned = await spawnCli([...args, '--plan', 'remediate.yaml'], dir);
    const inProcess = runCli([...args, '--plan', 'remediate.yaml'], dir);
    expect([spawned.code, spawned.stderr]).toEqual([inProcess.code, inProcess.stderr]);
    expect(spawned.stdout).toBe(inProcess.stdout);
    expect(spawned.stdout.length).toBeGreaterThan(1000);
  }, 60_000);
});
