import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PythonResolver } from '../../src/lang/python/resolver';
import { randomInt, seededRandom } from '../helpers/prng';
import { writeTree } from '../helpers/tree';
import { memTree } from './mem-tree';

/** Names no standard-library or built-in module has, few enough that trees collide on them. */
const NAMES = ['alpha', 'beta', 'gamma', 'delta'];
const ROOT_SETS = [['r1', 'r2'], ['src', ''], ['r1', 'r2', 'r3'], ['r1']];
/** What a name can be in one folder: each entry lists the files it makes (`/` marks a folder). */
const SHAPES: Record<string, string[]> = {
  package: ['/__init__.py'],
  namespace: ['/'],
  module: ['.py'],
  moduleWithStub: ['.py', '.pyi'],
  stubOnly: ['.pyi'],
  stubPackage: ['/__init__.pyi'],
  packageWithStub: ['/__init__.py', '/__init__.pyi'],
  packageAndModule: ['/__init__.py', '.py'],
  namespaceAndModule: ['/', '.py'],
  namespaceAndStub: ['/', '.pyi'],
};

/** A random tree of packages, modules, namespace folders and stubs under the roots. Every folder holds a data.txt, so the tree's folders are the disk's. */
function randomTree(rand: () => number, roots: string[]): Record<string, string> {
  const files: Record<string, string> = {};
  const fill = (dir: string, depth: number) => {
    files[dir === '' ? 'data.txt' : `${dir}/data.txt`] = '';
    for (const name of NAMES) {
      if (rand() < 0.3) continue;
      const shape = Object.values(SHAPES)[randomInt(rand, 0, Object.keys(SHAPES).length - 1)];
      const base = dir === '' ? name : `${dir}/${name}`;
      for (const part of shape) if (part !== '/') files[base + part] = '';
      if (shape.some((p) => p.startsWith('/')) && depth < 2) fill(base, depth + 1);
      else if (shape.some((p) => p.startsWith('/'))) files[`${base}/data.txt`] = '';
    }
  };
  for (const root of roots) fill(root, 0);
  return files;
}

/** Every dotted name of one to four segments over NAMES. */
function allNames(): string[] {
  let level = [...NAMES];
  const out = [...level];
  for (let depth = 2; depth <= 4; depth++) {
    level = level.flatMap((prefix) => NAMES.map((n) => `${prefix}.${n}`));
    out.push(...level);
  }
  return out;
}

interface Coverage {
  trees: number;
  compared: number;
  module: number;
  init: number;
  namespace: number;
  none: number;
  /** `x/__init__.py` chosen over an `x.py` in the same folder. */
  packageOverModule: number;
  /** A top-level module or package in a later root chosen over a namespace folder of an earlier one. */
  laterRootOverNamespace: number;
  withStubsCompared: number;
  withStubsExcluded: number;
}

function count(c: Coverage, answer: Answer, name: string, roots: string[], files: Record<string, string>): void {
  c.compared++;
  if (answer === null) c.none++;
  else if ('namespace' in answer) c.namespace++;
  else if (answer.file.endsWith('/__init__.py')) {
    c.init++;
    if (files[answer.file.replace(/\/__init__\.py$/, '.py')] !== undefined) c.packageOverModule++;
  } else c.module++;
  if (answer === null || !('file' in answer) || name.includes('.')) return;
  const prefix = (root: string) => (root === '' ? '' : `${root}/`);
  const chosen = roots.findIndex((r) => answer.file.startsWith(prefix(r)) && !answer.file.slice(prefix(r).length).includes('/' + name));
  if (roots.slice(0, chosen).some((r) => files[`${prefix(r)}${name}/data.txt`] !== undefined)) c.laterRootOverNamespace++;
}

type Answer = null | { file: string } | { namespace: true };

function cpython(base: string, roots: string[], names: string[]): Record<string, Answer> {
  const out = execFileSync('python3', ['-I', '-B', path.join(__dirname, 'find-spec.py')], { input: JSON.stringify({ base, roots, names }), encoding: 'utf8' });
  const raw = JSON.parse(out) as Record<string, null | { file: string } | { namespace: string[] }>;
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v === null ? null : 'file' in v ? { file: v.file } : { namespace: true as const }]));
}

function ours(r: PythonResolver, name: string): Answer {
  if (r.isNamespacePackage(name)) return { namespace: true };
  const file = r.resolve(name);
  return file === undefined ? null : { file };
}

/** True when the name or a package above it resolves to a stub, where the runtime and the type checker differ. */
function throughStub(r: PythonResolver, name: string): boolean {
  for (let end = name.length; end > 0; end = name.lastIndexOf('.', end - 1)) if (r.resolve(name.slice(0, end))?.endsWith('.pyi')) return true;
  return false;
}

describe('PythonResolver against CPython importlib.util.find_spec', () => {
  it('answers as CPython for every name of 30 random trees (stubs hidden, and with stubs where none is on the way)', () => {
    const rand = seededRandom(20261202);
    const names = allNames();
    const coverage: Coverage = { trees: 0, compared: 0, module: 0, init: 0, namespace: 0, none: 0, packageOverModule: 0, laterRootOverNamespace: 0, withStubsCompared: 0, withStubsExcluded: 0 };
    for (let t = 0; t < 30; t++) {
      const roots = ROOT_SETS[t % ROOT_SETS.length];
      const files = randomTree(rand, roots);
      const base = writeTree(files, 'remediate-pyresolve-');
      try {
        for (const root of roots) fs.mkdirSync(path.join(base, root), { recursive: true });
        const expected = cpython(base, roots, names);
        const settings = { roots, source: 'plan' };
        const runtime = new PythonResolver(memTree(Object.keys(files).filter((f) => !f.endsWith('.pyi'))), settings);
        const typed = new PythonResolver(memTree(Object.keys(files)), settings);
        for (const name of names) {
          expect({ tree: t, name, answer: ours(runtime, name) }).toEqual({ tree: t, name, answer: expected[name] });
          if (throughStub(typed, name)) coverage.withStubsExcluded++;
          else {
            expect({ tree: t, name, stubs: true, answer: ours(typed, name) }).toEqual({ tree: t, name, stubs: true, answer: expected[name] });
            coverage.withStubsCompared++;
          }
          count(coverage, expected[name], name, roots, files);
        }
        coverage.trees++;
      } finally {
        fs.rmSync(base, { recursive: true, force: true });
      }
    }
    if (process.env.PYRESOLVE_COVERAGE) process.stdout.write(`${JSON.stringify(coverage)}\n`);
    expect(coverage.trees).toBe(30);
    for (const key of ['module', 'init', 'namespace', 'packageOverModule', 'withStubsExcluded'] as const) expect({ key, enough: coverage[key] >= 20 }).toEqual({ key, enough: true });
    expect(coverage.laterRootOverNamespace).toBeGreaterThan(0);
  });
});
