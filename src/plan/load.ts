import * as fs from 'node:fs';
import * as path from 'node:path';
import { PlanError } from '../errors';
import { keepPlan, planCacheKey, readCachedPlan } from './cache';
import type { Plan } from './types';

/** Reads and validates a plan file; throws PlanError listing every problem with its line and column. */
export function loadPlan(file: string, display = file): Plan {
  const abs = path.resolve(file);
  let text: string;
  try {
    text = fs.readFileSync(abs, 'utf8');
  } catch {
    throw new PlanError([{ file: display, line: 1, column: 1, message: `cannot read plan file ${display}` }]);
  }
  const key = planCacheKey(abs, display, text);
  const cached = key === undefined ? undefined : readCachedPlan(key);
  // The root (or an import root) may have gone since: then the parser says so, with the plan line that names it.
  if (cached && isDirectory(cached.root) && (cached.python?.roots ?? []).every((r) => isDirectory(path.join(cached.root, r)))) return cached;
  const plan = parser().parsePlan(abs, text, display);
  if (key !== undefined) keepPlan(key, plan);
  return plan;
}

/** Validates plan text as if read from `abs` (shown as `display` in messages). */
export function parsePlan(abs: string, text: string, display = abs): Plan {
  return parser().parsePlan(abs, text, display);
}

/** The parser, loaded only when a plan is not in the cache: it brings the YAML and schema libraries. */
function parser(): typeof import('./parse') {
  return require('./parse') as typeof import('./parse');
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}
