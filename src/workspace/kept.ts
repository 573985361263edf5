import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as v8 from 'node:v8';

/**
 * Results remediate keeps between runs in os.tmpdir() (validated plans, tsconfig settings), each
 * under a key its owner derives from everything the result depends on. V8's serializer keeps a
 * value exact (undefined properties included). REMEDIATE_CACHE=0 turns every such cache off.
 */
export type KeptKind = 'plan' | 'tsconfig';

/**
 * The key of a result made from `parts` (with the Node version, whose serializer writes it), or
 * undefined when REMEDIATE_CACHE=0: then nothing is read or kept.
 */
export function keptKey(...parts: string[]): string | undefined {
  if (process.env.REMEDIATE_CACHE === '0') return undefined;
  const hash = crypto.createHash('sha1').update(process.version);
  for (const part of parts) hash.update('\0').update(part);
  return hash.digest('hex');
}

/** The folder of one kind; os.tmpdir() is read per call, so TMPDIR can point elsewhere. */
export function keptDir(kind: KeptKind): string {
  return path.join(os.tmpdir(), `remediate-${kind}-cache-${process.getuid ? process.getuid() : 'user'}`);
}

/** The value kept under a key, or undefined (none, or unreadable). */
export function readKept(kind: KeptKind, key: string): unknown {
  try {
    return v8.deserialize(fs.readFileSync(path.join(keptDir(kind), key)));
  } catch {
    return undefined;
  }
}

/** Keeps a value; written whole or not at all (another remediate may be reading it). */
export function keep(kind: KeptKind, key: string, value: unknown): void {
  const file = path.join(keptDir(kind), key);
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, v8.serialize(value));
    fs.renameSync(tmp, file);
  } catch {
    // A cache that cannot be written only means the next run computes again.
  }
}

/** Size and modification time of each file: what identifies the code a kept result came from. */
export function codeStamp(files: string[]): string {
  return files.map((f) => {
    try {
      const s = fs.statSync(f);
      return `${f}:${s.size}:${s.mtimeMs}`;
    } catch {
      return `${f}:-`;
    }
  }).join('\n');
}
