import * as path from 'node:path';
import { dirOf, joinRel, type RelPath } from '../workspace/paths';
import type { JsonString } from './json-strings';

/** A string of a configuration file that names a path of the tree. */
export interface ConfigPath {
  str: JsonString;
  /** The folder the path is relative to. */
  base: RelPath;
  /** Kept in front of the path when it is rewritten (`<rootDir>/` in Jest's configuration). */
  lead: string;
  /** The path as written, without `lead`. */
  written: string;
}

/** tsconfig.json, tsconfig.*.json, jsconfig.json, package.json and jest.config.json: data, rewritten in place. */
export function isDataConfig(file: RelPath): boolean {
  return /^(tsconfig(\..+)?\.json|jsconfig\.json|package\.json|jest\.config\.json)$/.test(path.posix.basename(file));
}

const PACKAGE_FIELDS = new Set(['main', 'types', 'typings', 'bin', 'exports', 'imports']);
const JEST_LISTS = new Set(['setupFiles', 'setupFilesAfterEnv', 'roots']);

/**
 * The strings of a data configuration file that name source files or folders: tsconfig `files`,
 * `include`, `exclude`, `references[].path` and `compilerOptions.paths` targets; package.json `main`,
 * `types`, `typings`, `bin`, `exports` and `imports` targets; Jest's `setupFiles`, `setupFilesAfterEnv`,
 * `roots` and `moduleNameMapper` targets (in package.json `jest`, or jest.config.json).
 */
export function configPaths(file: RelPath, strings: JsonString[]): ConfigPath[] {
  const dir = dirOf(file);
  const name = path.posix.basename(file);
  const out: ConfigPath[] = [];
  const at = (str: JsonString, base: RelPath) => {
    const lead = str.value.startsWith('<rootDir>/') ? '<rootDir>/' : '';
    out.push({ str, base, lead, written: str.value.slice(lead.length) });
  };
  if (name === 'package.json' || name === 'jest.config.json') {
    for (const str of strings) {
      const [first, ...rest] = str.path;
      if (name === 'package.json' && PACKAGE_FIELDS.has(String(first))) at(str, dir);
      const jest = name === 'package.json' ? (first === 'jest' ? rest : undefined) : str.path;
      if (jest && isJestPath(jest)) at(str, dir);
    }
    return out;
  }
  const baseUrl = strings.find((s) => s.path.length === 2 && s.path[0] === 'compilerOptions' && s.path[1] === 'baseUrl')?.value;
  const pathsBase = baseUrl === undefined ? dir : joinRel(dir, baseUrl);
  for (const str of strings) {
    const p = str.path;
    if (p.length === 2 && (p[0] === 'files' || p[0] === 'include' || p[0] === 'exclude')) at(str, dir);
    else if (p.length === 3 && p[0] === 'references' && p[2] === 'path') at(str, dir);
    else if (p.length === 4 && p[0] === 'compilerOptions' && p[1] === 'paths') at(str, pathsBase);
  }
  return out;
}

function isJestPath(p: (string | number)[]): boolean {
  return (p.length === 2 && JEST_LISTS.has(String(p[0]))) || (p.length >= 2 && p[0] === 'moduleNameMapper');
}
