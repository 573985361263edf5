import * as path from 'node:path';
import type { Argv } from 'yargs';
import { discoverPlan } from '../plan/discover';
import { loadPlan } from '../plan/load';
import type { Plan } from '../plan/types';
import type { CliIO } from './io';

/** The `--plan` option every plan-reading command shares. */
export function withPlanOption<T>(y: Argv<T>) {
  return y.option('plan', { type: 'string', describe: 'the plan file (default: found as the README says)', requiresArg: true });
}

/** Loads the plan named by --plan, or the discovered one. */
export function planFromArgs(io: CliIO, planArg: string | undefined): Plan {
  const file = planArg ? path.resolve(io.cwd, planArg) : discoverPlan(io.cwd, io.env);
  return loadPlan(file, path.relative(io.cwd, file) || file);
}
