import * as path from 'node:path';
import picomatch from 'picomatch';
import { dirOf, joinRel, normalizeRel, type RelPath } from './paths';
import type { TsProject } from './tsconfig';

/**
 * A package of an npm, yarn or pnpm workspace. The workspace links it into `node_modules` under its
 * name (which the listing skips), so `@org/pkg` and `@org/pkg/sub` are resolved here instead, from
 * its manifest, to files of the tree.
 */
export interface WorkspacePackage {
  name: string;
  /** Root-relative folder of the package. */
  dir: RelPath;
  /**
   * What the package exposes, in the order TypeScript would try it: `''` is the package itself, a `*`
   * in `subpath` stands for any path and in `targets` for the same path. Targets are root-relative,
   * each built entry (below the package's tsconfig `outDir`) preceded by its source counterpart.
   */
  entries: PackageEntry[];
}

export interface PackageEntry {
  subpath: string;
  targets: RelPath[];
}

/** Conditions of `exports` a TypeScript import of a workspace package may take, besides any not listed here. */
const SKIPPED_CONDITIONS = new Set(['browser', 'worker', 'deno', 'react-native', 'production']);

/** The packages of the root manifest's `workspaces` (or pnpm-workspace.yaml's `packages`) among `listed`. */
export function readWorkspacePackages(root: string, listed: RelPath[], readFile: (abs: string) => string | undefined, projects: TsProject[]): WorkspacePackage[] {
  const globs = workspaceGlobs(root, readFile);
  if (globs.length === 0) return [];
  const include = picomatch(globs.filter((g) => !g.startsWith('!')), { dot: true });
  const excluded = globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1));
  const exclude = excluded.length ? picomatch(excluded, { dot: true }) : () => false;
  const out: WorkspacePackage[] = [];
  for (const manifest of listed) {
    if (!manifest.endsWith('/package.json')) continue;
    const dir = dirOf(manifest);
    if (!include(dir) || exclude(dir)) continue;
    const json = readJson(readFile(path.join(root, manifest)));
    if (typeof json?.name !== 'string') continue;
    const project = projects.find((p) => dirOf(p.config) === dir);
    out.push({ name: json.name, dir, entries: entriesOf(dir, json, project) });
  }
  return out;
}

/** The workspace globs, root-relative with no trailing slash. */
function workspaceGlobs(root: string, readFile: (abs: string) => string | undefined): string[] {
  const manifest = readJson(readFile(path.join(root, 'package.json')));
  const ws = manifest?.workspaces as unknown;
  let globs: unknown = Array.isArray(ws) ? ws : (ws as { packages?: unknown } | undefined)?.packages;
  if (!Array.isArray(globs)) {
    const pnpm = readFile(path.join(root, 'pnpm-workspace.yaml'));
    globs = pnpm === undefined ? undefined : (parseYamlSafe(pnpm) as { packages?: unknown } | undefined)?.packages;
  }
  if (!Array.isArray(globs)) return [];
  return globs.filter((g): g is string => typeof g === 'string').map((g) => g.replace(/^\.\//, '').replace(/\/+$/, ''));
}

function entriesOf(dir: RelPath, json: Record<string, unknown>, project: TsProject | undefined): PackageEntry[] {
  const target = (t: string) => withSources(joinRel(dir, t), dir, project);
  const exports = json.exports;
  if (exports !== undefined && exports !== null) {
    const bySubpath = typeof exports === 'object' && !Array.isArray(exports) && Object.keys(exports).some((k) => k.startsWith('.')) ? (exports as Record<string, unknown>) : { '.': exports };
    return Object.entries(bySubpath).map(([key, value]) => ({ subpath: key.replace(/^\.\/?/, ''), targets: conditionTargets(value).flatMap(target) }));
  }
  const main = [json.types, json.typings, json.main].filter((m): m is string => typeof m === 'string');
  return [
    { subpath: '', targets: [...main, 'index'].flatMap(target) },
    { subpath: '*', targets: target('*') },
  ];
}

/** Every path an `exports` value may lead to, in the order its conditions are tried. */
function conditionTargets(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(conditionTargets);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([condition, v]) => (SKIPPED_CONDITIONS.has(condition) ? [] : conditionTargets(v)));
  }
  return [];
}

/** A package path, preceded by its source when it lies below the package's `outDir` (`dist/x.js` → `src/x.js`). */
function withSources(target: RelPath, dir: RelPath, project: TsProject | undefined): RelPath[] {
  const normal = normalizeRel(target) ?? target;
  const out = project?.outDir;
  if (out === undefined || !normal.startsWith(out + '/')) return [normal];
  const rest = normal.slice(out.length + 1);
  const sources = project?.rootDir !== undefined ? [project.rootDir] : [joinRel(dir, 'src'), dir];
  return [...sources.map((s) => joinRel(s, rest)), normal];
}

function readJson(text: string | undefined): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;
  try {
    const v = JSON.parse(text) as unknown;
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function parseYamlSafe(text: string): unknown {
  try {
    // The YAML library loads only for a pnpm workspace: verify on other trees starts without it.
    return (require('yaml') as typeof import('yaml')).parse(text) as unknown;
  } catch {
    return undefined;
  }
}
