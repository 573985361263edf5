import * as fs from 'node:fs';
import * as path from 'node:path';
import { UsageError } from '../errors';

const NAMES = ['remediate.yaml', 'remediate.yml', '.remediate.yaml', '.remediate.yml'];

/**
 * Finds the plan when no --plan is given: $REMEDIATE_PLAN; else, from the current folder upwards, the
 * first folder holding remediate.yaml (or .yml, or a dot-file), or a plans/ folder with exactly one plan.
 */
export function discoverPlan(cwd: string, env: NodeJS.ProcessEnv = process.env): string {
  if (env.REMEDIATE_PLAN) return path.resolve(cwd, env.REMEDIATE_PLAN);
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const named = NAMES.map((n) => path.join(dir, n)).find((f) => fs.existsSync(f));
    if (named) return named;
    const plansDir = path.join(dir, 'plans');
    if (fs.existsSync(plansDir) && fs.statSync(plansDir).isDirectory()) {
      const plans = fs.readdirSync(plansDir).filter((f) => /\.ya?ml$/.test(f)).sort();
      if (plans.length === 1) return path.join(plansDir, plans[0]);
      if (plans.length > 1) {
        throw new UsageError(`several plans in ${plansDir} (${plans.join(', ')}); choose one with --plan`);
      }
    }
    if (dir === path.dirname(dir) || fs.existsSync(path.join(dir, '.git'))) break;
  }
  throw new UsageError(`no plan found: pass --plan FILE, set REMEDIATE_PLAN, or add remediate.yaml (searched from ${cwd} upwards)`);
}
