import * as fs from 'fs';
import * as path from 'path';
import { tscBin } from '../paths';
import { PEER_HEAP } from './side';
import { runChild } from './spawn';

/** `error TS` lines from `tsc --noEmit -p dir`, or a reason it could not run. */
export async function countTypeErrors(dir: string): Promise<number | string> {
  const run = await runChild(process.execPath, [PEER_HEAP, tscBin(), '--noEmit', '-p', dir]);
  const errors = run.stdout.split('\n').filter((l) => /error TS\d+/.test(l)).length;
  if (run.exitCode !== 0 && errors === 0) return `tsc failed (exit ${run.exitCode}): ${run.stderr.trim().slice(0, 100)}`;
  return errors;
}

/** The corpus's own type errors (should be 0), cached next to it per generator version. */
export async function baselineTypeErrors(dir: string, generatorVersion: number): Promise<number | string> {
  const cache = path.join(dir, '.bench-typecheck.json');
  try {
    const cached = JSON.parse(fs.readFileSync(cache, 'utf8'));
    if (cached.generatorVersion === generatorVersion) return cached.errors;
  } catch {
    // no cache yet
  }
  const errors = await countTypeErrors(dir);
  if (typeof errors === 'number') fs.writeFileSync(cache, JSON.stringify({ generatorVersion, errors }));
  return errors;
}
