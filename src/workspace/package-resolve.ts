import type { RelPath } from './paths';
import type { PackageEntry, WorkspacePackage } from './workspace-packages';

/** The workspace package a bare specifier names (`@org/pkg/sub` → `@org/pkg`), with the rest of it. */
export function packageOf(packages: readonly WorkspacePackage[], specifier: string): { pkg: WorkspacePackage; subpath: string } | undefined {
  if (packages.length === 0 || specifier.startsWith('.') || specifier.startsWith('/')) return undefined;
  const cut = specifier.indexOf('/', specifier.startsWith('@') ? specifier.indexOf('/') + 1 : 0);
  const name = cut < 0 ? specifier : specifier.slice(0, cut);
  const pkg = byName(packages).get(name);
  return pkg && { pkg, subpath: cut < 0 ? '' : specifier.slice(cut + 1) };
}

const names = new WeakMap<readonly WorkspacePackage[], Map<string, WorkspacePackage>>();

function byName(packages: readonly WorkspacePackage[]): Map<string, WorkspacePackage> {
  let m = names.get(packages);
  if (!m) names.set(packages, (m = new Map(packages.map((p) => [p.name, p]))));
  return m;
}

/**
 * The file of the tree a workspace package import names, as TypeScript finds it through the
 * package's `node_modules` link and manifest, its sources preferred to its built output (as project
 * references and editors do). Undefined when the specifier names no workspace package, or nothing.
 */
export function resolvePackageImport(packages: readonly WorkspacePackage[], specifier: string, exists: (p: RelPath) => boolean): RelPath | undefined {
  const named = packageOf(packages, specifier);
  if (!named) return undefined;
  const match = matchEntry(named.pkg.entries, named.subpath);
  if (!match) return undefined;
  for (const t of match.entry.targets) {
    const file = fileFor(t.replace('*', match.star), exists);
    if (file !== undefined) return file;
  }
  return undefined;
}

/** The entry for a subpath: an exact one, else the `*` pattern with the longest prefix (as Node's `exports`). */
function matchEntry(entries: PackageEntry[], subpath: string): { entry: PackageEntry; star: string } | undefined {
  let best: { entry: PackageEntry; star: string; prefix: number } | undefined;
  for (const entry of entries) {
    const at = entry.subpath.indexOf('*');
    if (at < 0) {
      if (entry.subpath === subpath) return { entry, star: '' };
      continue;
    }
    const [pre, post] = [entry.subpath.slice(0, at), entry.subpath.slice(at + 1)];
    if (subpath.length < pre.length + post.length || !subpath.startsWith(pre) || !subpath.endsWith(post) || subpath === '') continue;
    if (!best || pre.length > best.prefix) best = { entry, star: subpath.slice(pre.length, subpath.length - post.length), prefix: pre.length };
  }
  return best;
}

const SOURCE_FOR: [RegExp, string[]][] = [
  [/\.d\.ts$/, ['.ts', '.tsx', '.d.ts']],
  [/\.d\.mts$/, ['.mts', '.d.mts']],
  [/\.d\.cts$/, ['.cts', '.d.cts']],
  [/\.js$/, ['.ts', '.tsx', '.d.ts', '.js']],
  [/\.mjs$/, ['.mts', '.d.mts', '.mjs']],
  [/\.cjs$/, ['.cts', '.d.cts', '.cjs']],
  [/\.jsx$/, ['.tsx', '.jsx']],
];
const EXTENSIONLESS = ['.ts', '.tsx', '.d.ts', '.js', '.jsx', '/index.ts', '/index.tsx', '/index.d.ts', '/index.js'];

/** The file a package path names: a TypeScript source before the JavaScript it stands for, any existing file as itself. */
function fileFor(candidate: RelPath, exists: (p: RelPath) => boolean): RelPath | undefined {
  for (const [ext, sources] of SOURCE_FOR) {
    if (!ext.test(candidate)) continue;
    const stem = candidate.replace(ext, '');
    return sources.map((s) => stem + s).find(exists);
  }
  if (exists(candidate)) return candidate;
  return /\.[^/]*$/.test(candidate.slice(candidate.lastIndexOf('/') + 1)) ? undefined : EXTENSIONLESS.map((s) => candidate + s).find(exists);
}

/**
 * How `original` (a workspace package import) names `target` after a move: the package's name and
 * the subpath one of its entries maps to the target, or undefined when no entry of that package does.
 */
export function packageSpecifier(packages: readonly WorkspacePackage[], target: RelPath, original: string): string | undefined {
  const named = packageOf(packages, original);
  if (!named) return undefined;
  const stem = stemOf(target);
  for (const entry of named.pkg.entries) {
    for (const t of entry.targets) {
      const star = starOf(stemOf(t), stem) ?? starOf(stemOf(t), stem.replace(/\/index$/, ''));
      if (star === undefined) continue;
      const sub = entry.subpath.replace('*', star);
      return sub === '' ? named.pkg.name : `${named.pkg.name}/${sub}`;
    }
  }
  return undefined;
}

function stemOf(p: string): string {
  return p.replace(/\.d\.[cm]?ts$|\.[cm]?[jt]sx?$/, '');
}

/** What `*` in `pattern` stands for in `value` ('' for an exact pattern that equals it), or undefined. */
function starOf(pattern: string, value: string): string | undefined {
  const at = pattern.indexOf('*');
  if (at < 0) return pattern === value ? '' : undefined;
  const [pre, post] = [pattern.slice(0, at), pattern.slice(at + 1)];
  if (value.length <= pre.length + post.length || !value.startsWith(pre) || !value.endsWith(post)) return undefined;
  return value.slice(pre.length, value.length - post.length);
}
