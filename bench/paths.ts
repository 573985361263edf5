import * as fs from 'fs';
import * as path from 'path';

/** The repository root: the nearest folder above this file (or else the working directory) with remediate's package.json. */
export function repoRoot(): string {
  const found = findRoot(__dirname) ?? findRoot(process.cwd());
  if (!found) throw new Error(`no remediate package.json above ${__dirname} or ${process.cwd()}`);
  return found;
}

function findRoot(from: string): string | undefined {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && JSON.parse(fs.readFileSync(pkg, 'utf8')).name === 'remediate') return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** Where generated corpora (and the writers' scratch copies) live; gitignored. */
export function corpusHome(): string {
  return path.join(repoRoot(), 'bench', '.corpus');
}

/** The TypeScript compiler's command-line entry of this repository. */
export function tscBin(): string {
  return path.join(repoRoot(), 'node_modules', 'typescript', 'bin', 'tsc');
}
