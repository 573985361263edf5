import * as path from 'node:path';
import { UsageError } from '../errors';

/** A plan file named on the command line: where it is, and how to show it. */
export interface PlanFile {
  path: string;
  display: string;
}

/**
 * Expands repeated and glob `--plan` values (`--plan a.yaml --plan 'plans/*.yaml'`) into plan files,
 * in the order given, each glob's matches sorted; a glob that matches nothing is a usage error.
 */
export function expandPlanArgs(cwd: string, values: string[]): PlanFile[] {
  const out: PlanFile[] = [];
  for (const value of values) {
    const matches = isGlob(value) ? fastGlob().sync(value, { cwd, onlyFiles: true }).sort() : [value];
    if (matches.length === 0) throw new UsageError(`--plan ${value} matches no file`);
    for (const m of matches) if (!out.some((p) => p.display === m)) out.push({ path: path.resolve(cwd, m), display: m });
  }
  return out;
}

/** True when the values name more than one plan, or any glob: the run is a batch. */
export function isBatch(values: string[]): boolean {
  return values.length > 1 || values.some(isGlob);
}

/** fast-glob's answer, asked only of a value with a character a glob needs: most runs name one plain file. */
function isGlob(value: string): boolean {
  return /[*?[\]{}()!+@\\]/.test(value) && fastGlob().isDynamicPattern(value);
}

/** Loaded on first use: its loading is a measurable part of a short command's start. */
function fastGlob(): typeof import('fast-glob') {
  return require('fast-glob') as typeof import('fast-glob');
}
