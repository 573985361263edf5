import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** Writes files (path → content) under a fresh temp folder and returns its absolute path. */
export function writeTree(files: Record<string, string>, prefix = 'remediate-test-'): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const [rel, text] of Object.entries(files)) {
    const abs = path.join(root, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, text);
  }
  return root;
}

/** Every file below root (path → content), `.remediate/` included unless `skipJournal`. */
export function readTree(root: string, opts: { skipJournal?: boolean } = {}): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const abs = path.join(dir, e.name);
      const rel = path.relative(root, abs).split(path.sep).join('/');
      if (opts.skipJournal && rel === '.remediate') continue;
      if (e.isDirectory()) walk(abs);
      else out[rel] = fs.readFileSync(abs, 'utf8');
    }
  };
  walk(root);
  return out;
}

/** Copies a fixture folder to a fresh temp folder. */
export function copyTree(from: string, prefix = 'remediate-fixture-'): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.cpSync(from, root, { recursive: true });
  return root;
}
