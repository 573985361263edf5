import type { Argv } from 'yargs';
import { renderStatusJson } from '../../report/status-json';
import { renderStatusText } from '../../report/status-text';
import { computeStatus } from '../../status/compute';
import { Workspace } from '../../workspace/workspace';
import { planFromArgs, withPlanOption } from '../common';
import type { CliIO } from '../io';

export const command = 'status';
export const describe = "show each phase and step as DONE, PARTIAL, TODO or DEFERRED, computed from the code base";

export function builder(y: Argv) {
  return withPlanOption(y).option('json', { type: 'boolean', describe: 'print one JSON document instead of the table' });
}

/** Computes the plan's status from the tree (read-only) and prints it. */
export async function handler(io: CliIO, args: { plan?: string; json?: boolean }): Promise<number> {
  const plan = planFromArgs(io, args.plan);
  const ws = await Workspace.load(plan.root, plan);
  if (ws.recovery) io.err(`remediate: ${ws.recovery.message}\n`);
  const status = computeStatus(plan, ws);
  io.out(args.json ? JSON.stringify(renderStatusJson(status), null, 2) + '\n' : renderStatusText(status, { color: io.color }));
  return 0;
}
