import * as fs from 'node:fs';
import * as path from 'node:path';
import { codeStamp, keep, keptKey, readKept } from '../workspace/kept';
import type { Plan } from './types';

/**
 * Validated plans kept between runs, by content. Parsing a plan needs the YAML and schema libraries,
 * whose loading is a tenth of a short command's time; a plan whose text, path and display name, and
 * remediate's own plan code, are what they were last time is the same Plan, so it is read back
 * instead. Only valid plans are kept; the one check that depends on the disk (the root folder
 * exists) is made again by the caller.
 */
export function planCacheKey(abs: string, display: string, text: string): string | undefined {
  return keptKey(abs, display, codeIdentity(), text);
}

/** The cached plan for a key, or undefined (none, unreadable, or not a plan). */
export function readCachedPlan(key: string): Plan | undefined {
  const plan = readKept('plan', key) as Plan | undefined;
  return plan && plan.version === 1 && typeof plan.root === 'string' ? plan : undefined;
}

export function keepPlan(key: string, plan: Plan): void {
  keep('plan', key, plan);
}

let identity: string | undefined;

/** The plan code's files (this folder, with the errors and paths modules it uses). */
function codeIdentity(): string {
  if (identity === undefined) {
    const ext = path.extname(__filename);
    const files = fs.readdirSync(__dirname).filter((f) => /\.[jt]s$/.test(f)).map((f) => path.join(__dirname, f));
    identity = codeStamp([...files, path.join(__dirname, '..', `errors${ext}`), path.join(__dirname, '..', 'workspace', `paths${ext}`)]);
  }
  return identity;
}
