import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import type { Plan } from './types';

/**
 * Validated plans kept between runs, by content. Parsing a plan needs the YAML and schema libraries,
 * whose loading is a tenth of a short command's time; a plan whose text, path and display name, and
 * remediate's own plan code, are what they were last time is the same Plan, so it is read back
 * instead (V8's serializer keeps it exact, undefined properties included). Only valid plans are kept;
 * the one check that depends on the disk (the root folder exists) is made again by the caller.
 * REMEDIATE_PLAN_CACHE=0 turns it off.
 */
export function planCacheKey(abs: string, display: string, text: string): string | undefined {
  if (process.env.REMEDIATE_PLAN_CACHE === '0') return undefined;
  const hash = crypto.createHash('sha1').update(`${process.version}\0${abs}\0${display}\0${codeIdentity()}\0`);
  return hash.update(text).digest('hex');
}

/** The cached plan for a key, or undefined (none, unreadable, or not a plan). */
export function readCachedPlan(key: string): Plan | undefined {
  try {
    const plan = v8.deserialize(fs.readFileSync(entryPath(key))) as Plan;
    return plan && plan.version === 1 && typeof plan.root === 'string' ? plan : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps a validated plan; written whole or not at all (another remediate may be reading it). */
export function keepPlan(key: string, plan: Plan): void {
  const file = entryPath(key);
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, v8.serialize(plan));
    fs.renameSync(tmp, file);
  } catch {
    // A cache that cannot be written only means the next run parses again.
  }
}

/** Where plan caches live: os.tmpdir() is read per call, so tests (and users) can point TMPDIR elsewhere. */
export function planCacheDir(): string {
  return path.join(os.tmpdir(), `remediate-plan-cache-${process.getuid ? process.getuid() : 'user'}`);
}

function entryPath(key: string): string {
  return path.join(planCacheDir(), key);
}

let identity: string | undefined;

/** The plan code's files (this folder, with the errors and paths modules it uses): size and mtime. */
function codeIdentity(): string {
  if (identity === undefined) {
    const files = fs.readdirSync(__dirname).filter((f) => /\.[jt]s$/.test(f)).map((f) => path.join(__dirname, f));
    const ext = path.extname(__filename);
    files.push(path.join(__dirname, '..', `errors${ext}`), path.join(__dirname, '..', 'workspace', `paths${ext}`));
    identity = files.map((f) => {
      try {
        const s = fs.statSync(f);
        return `${f}:${s.size}:${s.mtimeMs}`;
      } catch {
        return `${f}:-`;
      }
    }).join('\n');
  }
  return identity;
}
