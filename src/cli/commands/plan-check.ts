import type { Argv } from 'yargs';
import { loadPlan } from '../../plan/load';
import type { Plan, Step } from '../../plan/types';
import { operationFor } from '../../operations';
import { displayPath } from '../../status/display';
import type { CliIO } from '../io';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { joinRel, type RelPath } from '../../workspace/paths';

export const command = 'check <file>';
export const describe = 'validate a plan and list its phases; errors name file:line:column';

export function builder(y: Argv) {
  return y.positional('file', { type: 'string', demandOption: true, describe: 'the plan file' }).option('json', { type: 'boolean', describe: 'print the loaded plan as JSON' });
}

/** Loads the plan (throwing PlanError with positions) and prints its phases and steps. */
export function handler(io: CliIO, args: { file: string; json?: boolean }): number {
  const abs = path.resolve(io.cwd, args.file);
  const plan = loadPlan(abs, args.file);
  io.out(args.json ? JSON.stringify(plan, null, 2) + '\n' : describePlan(plan));
  return 0;
}

function describePlan(plan: Plan): string {
  const lines = [`${plan.name}: plan is valid`, `  root: ${plan.root}`, `  scope: ${plan.scope || '(root)'}`];
  lines.push(`  layers: ${plan.layers.map((l) => `${l.id} ${l.title}`).join(', ')}`);
  lines.push(`  rules: ${Object.keys(plan.rules).join(', ') || '(none)'}; debt entries: ${plan.debt.length}; frozen: ${plan.frozen.length}`);
  for (const phase of plan.phases) {
    lines.push(`${phase.id}  ${phase.title}`);
    for (const step of phase.steps) lines.push(`  ${stepLine(plan, step)}`);
  }
  return lines.join('\n') + '\n';
}

function stepLine(plan: Plan, step: Step): string {
  const op = operationFor(step);
  const text = op ? op.describe(step, (p) => displayPath(plan, p), (dir) => filesOnDisk(plan.root, dir)) : step.kind;
  return step.deferred !== undefined ? `${text} [deferred: ${step.deferred}]` : text;
}

/** The files directly in a folder of the code base as it is on disk (none when it does not exist yet). */
function filesOnDisk(root: string, dir: RelPath): RelPath[] {
  const abs = path.join(root, dir);
  if (!fs.existsSync(abs) || !fs.statSync(abs).isDirectory()) return [];
  return fs.readdirSync(abs, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => joinRel(dir, e.name));
}
