import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** A tree as bytes: every file's SHA-256 and mode, every folder (empty ones too), every symlink's target. */
export interface TreeSnapshot {
  files: Record<string, string>;
  dirs: string[];
  links: Record<string, string>;
}

/**
 * Snapshots everything below root, byte for byte. `ignore` lists root-relative paths left out: a file
 * is skipped, a folder is not listed but what lies in it still is (so `.remediate` may come and go
 * with the ledger while a leftover `.remediate/txn/…` still shows).
 */
export function snapshotTree(root: string, ignore: string[] = []): TreeSnapshot {
  const snap: TreeSnapshot = { files: {}, dirs: [], links: {} };
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const abs = path.join(dir, e.name);
      const rel = path.relative(root, abs).split(path.sep).join('/');
      if (e.isSymbolicLink()) snap.links[rel] = fs.readlinkSync(abs);
      else if (e.isDirectory()) {
        if (!ignore.includes(rel)) snap.dirs.push(rel);
        walk(abs);
      } else if (!ignore.includes(rel)) {
        const mode = (fs.statSync(abs).mode & 0o777).toString(8);
        snap.files[rel] = `${mode} ${createHash('sha256').update(fs.readFileSync(abs)).digest('hex')}`;
      }
    }
  };
  walk(root);
  return snap;
}

/** Paths whose snapshot entries differ, for a readable failure (at most `limit`). */
export function snapshotDiff(a: TreeSnapshot, b: TreeSnapshot, limit = 10): string[] {
  const out: string[] = [];
  for (const kind of ['files', 'links'] as const) {
    for (const p of new Set([...Object.keys(a[kind]), ...Object.keys(b[kind])])) {
      if (a[kind][p] !== b[kind][p]) out.push(`${kind} ${p}: ${a[kind][p] ?? '(none)'} ≠ ${b[kind][p] ?? '(none)'}`);
    }
  }
  const da = new Set(a.dirs);
  const db = new Set(b.dirs);
  for (const d of da) if (!db.has(d)) out.push(`dir ${d}: only in the first`);
  for (const d of db) if (!da.has(d)) out.push(`dir ${d}: only in the second`);
  return out.slice(0, limit);
}

/** True when two snapshots are the same tree. */
export function sameTree(a: TreeSnapshot, b: TreeSnapshot): boolean {
  return snapshotDiff(a, b, 1).length === 0;
}
