import { StateError } from '../../errors';
import { dirOf, normalizeRel, type RelPath } from '../../workspace/paths';
import { readSetupCfg } from './setup-cfg';
import { isTable, readToml, TomlSyntaxError, tomlGet, type TomlTable, type TomlValue } from './toml-keys';

/** The staged tree as Python resolution reads it (the lead passes the overlay, which has these methods). */
export interface PyTree {
  exists(p: RelPath): boolean;
  isDir(p: RelPath): boolean;
  read(p: RelPath): string;
  files(): RelPath[];
}

export interface PythonSettings {
  /** Import roots (what sys.path holds), root-relative, '' for the code base's root; in priority order. */
  roots: RelPath[];
  /** Where they came from, for messages: 'plan' | 'pyproject.toml' | 'setup.cfg' | 'default'. */
  source: string;
}

/**
 * The import roots: the plan's `python.roots` when given, else what the top-level pyproject.toml or
 * setup.cfg names (see the task's list of keys), else the code base's root.
 */
export function findPythonRoots(tree: PyTree, planRoots?: RelPath[]): PythonSettings {
  if (planRoots !== undefined) return { roots: checkedRoots(tree, planRoots, 'the plan (python.roots)'), source: 'plan' };
  if (tree.exists('pyproject.toml')) {
    const named = pyprojectRoots(tree, readPyproject(tree));
    if (named.length > 0) return { roots: checkedRoots(tree, named, 'pyproject.toml'), source: 'pyproject.toml' };
  }
  if (tree.exists('setup.cfg')) {
    const named = setupCfgRoots(tree.read('setup.cfg'));
    if (named.length > 0) return { roots: checkedRoots(tree, named, 'setup.cfg'), source: 'setup.cfg' };
  }
  return { roots: [''], source: 'default' };
}

/** Normalised, de-duplicated roots, each a folder of the tree; a StateError names the first that is not. */
function checkedRoots(tree: PyTree, written: string[], from: string): RelPath[] {
  const roots: RelPath[] = [];
  for (const w of written) {
    const root = w === '' || w === '.' ? '' : normalizeRel(w);
    if (root === undefined) throw new StateError(`${from}: import root '${w}' is absolute or leaves the code base's root`);
    if (!tree.isDir(root)) throw new StateError(`${from}: import root '${w}' is not a folder of the code base`);
    if (!roots.includes(root)) roots.push(root);
  }
  return roots;
}

function readPyproject(tree: PyTree): TomlTable {
  try {
    return readToml(tree.read('pyproject.toml'));
  } catch (e) {
    if (e instanceof TomlSyntaxError) throw new StateError(`pyproject.toml:${e.message}`);
    throw e;
  }
}

/** The folders pyproject.toml names for its packages, in the order the keys are listed in the task. */
function pyprojectRoots(tree: PyTree, doc: TomlTable): string[] {
  const roots: string[] = [];
  const packageDir = tomlGet(doc, 'tool', 'setuptools', 'package-dir');
  if (isTable(packageDir) && typeof packageDir[''] === 'string') roots.push(packageDir['']);
  roots.push(...strings(tomlGet(doc, 'tool', 'setuptools', 'packages', 'find', 'where')));
  const poetry = tomlGet(doc, 'tool', 'poetry', 'packages');
  for (const p of Array.isArray(poetry) ? poetry : []) if (isTable(p) && typeof p.include === 'string') roots.push(typeof p.from === 'string' ? p.from : '');
  for (const p of strings(tomlGet(doc, 'tool', 'hatch', 'build', 'targets', 'wheel', 'packages'))) roots.push(dirOf(p.replace(/\/+$/, '')));
  if (roots.length === 0 && hasSrcLayout(tree)) roots.push('src');
  return roots;
}

/** True when some `src/<pkg>/__init__.py` exists: setuptools' automatic discovery then uses `src`. */
function hasSrcLayout(tree: PyTree): boolean {
  if (!tree.isDir('src')) return false;
  return tree.files().some((f) => /^src\/[^/]+\/__init__\.pyi?$/.test(f));
}

function strings(v: TomlValue | undefined): string[] {
  if (typeof v === 'string') return [v];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** `[options] package_dir = =src` (the root package's entry) and `[options.packages.find] where = src`. */
function setupCfgRoots(text: string): string[] {
  const cfg = readSetupCfg(text);
  const roots: string[] = [];
  for (const line of (cfg.get('options')?.get('package_dir') ?? '').split(/[\n,]/)) {
    const [pkg, dir] = line.split('=').map((s) => s.trim());
    if (pkg === '' && dir !== undefined) roots.push(dir);
  }
  const where = cfg.get('options.packages.find')?.get('where');
  if (where) roots.push(...where.split('\n').map((s) => s.trim()));
  return roots;
}
