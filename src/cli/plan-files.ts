import fg from 'fast-glob';
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
    const matches = fg.isDynamicPattern(value) ? fg.sync(value, { cwd, onlyFiles: true }).sort() : [value];
    if (matches.length === 0) throw new UsageError(`--plan ${value} matches no file`);
    for (const m of matches) if (!out.some((p) => p.display === m)) out.push({ path: path.resolve(cwd, m), display: m });
  }
  return out;
}

/** True when the values name more than one plan, or any glob: the run is a batch. */
export function isBatch(values: string[]): boolean {
  return values.length > 1 || values.some((v) => fg.isDynamicPattern(v));
}
