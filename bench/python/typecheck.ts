import * as fs from 'fs';
import * as path from 'path';
import fg from 'fast-glob';
import { PEER_HEAP } from '../harness/side';
import { runChild } from '../harness/spawn';
import { repoRoot } from '../paths';

/** pyright's error count on a tree with its own pyrightconfig.json, or why pyright could not run. */
export async function countPyrightErrors(dir: string): Promise<number | string> {
  const bin = path.join(repoRoot(), 'node_modules', 'pyright', 'index.js');
  const run = await runChild(process.execPath, [PEER_HEAP, bin, '-p', path.join(dir, 'pyrightconfig.json'), '--outputjson'], { cwd: dir });
  try {
    const report = JSON.parse(run.stdout) as { summary: { errorCount: number } };
    return report.summary.errorCount;
  } catch {
    return `pyright failed (exit ${run.exitCode}): ${run.stderr.trim().slice(0, 100)}`;
  }
}

/** The corpus's own pyright errors (0 when the generator is right), cached next to it per generator version. */
export async function baselinePyrightErrors(dir: string, generatorVersion: number): Promise<number | string> {
  const cache = path.join(dir, '.bench-pyright.json');
  try {
    const cached = JSON.parse(fs.readFileSync(cache, 'utf8'));
    if (cached.generatorVersion === generatorVersion) return cached.errors;
  } catch {
    // no cache yet
  }
  const errors = await countPyrightErrors(dir);
  if (typeof errors === 'number') fs.writeFileSync(cache, JSON.stringify({ generatorVersion, errors }));
  return errors;
}

/** How many .py files a writer added, removed or changed in `copy` relative to `corpus` (untimed). */
export async function changedPyFiles(corpus: string, copy: string): Promise<number> {
  const [before, after] = await Promise.all([fg('**/*.py', { cwd: corpus }), fg('**/*.py', { cwd: copy })]);
  const now = new Set(after);
  let changed = before.filter((f) => !now.has(f)).length;
  for (const f of after) {
    const old = path.join(corpus, f);
    if (!fs.existsSync(old) || !fs.readFileSync(old).equals(fs.readFileSync(path.join(copy, f)))) changed++;
  }
  return changed;
}
