import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const REPO = path.join(__dirname, '../..');
const PYRIGHT = path.join(REPO, 'node_modules/pyright/index.js');

/** Imports each module named on stdin (a JSON list) and prints the ones that fail, with python's error. */
const IMPORT_ALL = `
import importlib, json, sys
failed = []
for module in json.load(sys.stdin):
    try:
        importlib.import_module(module)
    except BaseException as error:
        failed.append({"module": module, "error": f"{type(error).__name__}: {error}"})
json.dump(failed, sys.stdout)
`;

/** Root-relative, `/`-separated paths of the `.py` files below `dir` (`__pycache__` skipped). */
export function pythonFiles(root: string, dir = ''): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory() && entry.name !== '__pycache__') out.push(...pythonFiles(root, rel));
    else if (entry.isFile() && entry.name.endsWith('.py')) out.push(rel);
  }
  return out.sort();
}

/** The dotted module a file defines under the innermost import root that holds it, if one does. */
function moduleOf(file: string, roots: string[]): string | undefined {
  const holders = roots.filter((r) => r === '' || r === '.' || file.startsWith(`${r}/`));
  if (!holders.length) return undefined;
  const innermost = holders.reduce((a, b) => (b.length > a.length ? b : a));
  const inRoot = innermost === '' || innermost === '.' ? file : file.slice(innermost.length + 1);
  const parts = inRoot.slice(0, -'.py'.length).split('/');
  if (parts[parts.length - 1] === '__init__') parts.pop();
  return parts.length ? parts.join('.') : undefined;
}

/**
 * Every Python module under the tree's roots that python3 cannot import, with python's error. One
 * python3 process imports them all in turn and catches each failure; -B keeps __pycache__ out of the
 * tree, -I keeps the caller's PYTHONPATH and user site out of sys.path.
 */
export function unimportableModules(root: string, roots: string[]): { module: string; error: string }[] {
  const modules = [...new Set(pythonFiles(root).flatMap((f) => moduleOf(f, roots) ?? []))].sort();
  const sysPath = roots.map((r) => path.resolve(root, r));
  const script = `import sys\nsys.path[:0] = ${JSON.stringify(sysPath)}\n${IMPORT_ALL}`;
  const run = spawnSync('python3', ['-I', '-B', '-c', script], { cwd: root, input: JSON.stringify(modules), encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`python3 failed (exit ${run.status}): ${run.stderr || run.error?.message}`);
  return JSON.parse(run.stdout) as { module: string; error: string }[];
}

interface PyrightDiagnostic {
  file: string;
  severity: 'error' | 'warning' | 'information';
  message: string;
  rule?: string;
  range: { start: { line: number } };
}

/** A pyright config for a tree that has none: its own folder as the project, `extraPaths` as import roots. */
function temporaryConfig(root: string, extraPaths: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'remediate-pyright-'));
  // pyright ignores absolute paths in "include": every path is relative to the config's folder.
  const fromConfig = (p: string) => path.relative(dir, path.resolve(root, p)).split(path.sep).join('/');
  const config = {
    include: [fromConfig('.')],
    extraPaths: extraPaths.map(fromConfig),
    pythonVersion: '3.11',
    typeCheckingMode: 'standard',
  };
  fs.writeFileSync(path.join(dir, 'pyrightconfig.json'), JSON.stringify(config));
  return dir;
}

/**
 * pyright's error diagnostics for a tree: file (root-relative), line (1-based), rule, message. Runs
 * node_modules/pyright with --outputjson on the tree's pyrightconfig.json or, when `extraPaths` is
 * given, on a temporary config that checks the tree with those import roots.
 */
export function pyrightErrors(root: string, extraPaths?: string[]): { file: string; line: number; rule: string; message: string }[] {
  const project = extraPaths === undefined ? path.resolve(root) : temporaryConfig(root, extraPaths);
  try {
    const run = spawnSync(process.execPath, [PYRIGHT, '--outputjson', '-p', project], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
    // Exit 0: no errors; 1: errors reported. Anything else is pyright failing to run.
    if (run.status !== 0 && run.status !== 1) throw new Error(`pyright failed (exit ${run.status}): ${run.stderr || run.stdout}`);
    const report = JSON.parse(run.stdout) as { generalDiagnostics: PyrightDiagnostic[]; summary: { filesAnalyzed: number } };
    // A misread config checks nothing and reports nothing: that must not pass for a clean tree.
    if (report.summary.filesAnalyzed === 0) throw new Error(`pyright analyzed no file of ${root}: ${run.stderr || run.stdout}`);
    return report.generalDiagnostics
      .filter((d) => d.severity === 'error')
      .map((d) => ({
        file: path.relative(path.resolve(root), d.file).split(path.sep).join('/'),
        line: d.range.start.line + 1,
        rule: d.rule ?? '',
        message: d.message,
      }));
  } finally {
    if (project !== path.resolve(root)) fs.rmSync(project, { recursive: true, force: true });
  }
}
