import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Argv } from 'yargs';
import { report } from '../../api';
import { Workspace } from '../../workspace/workspace';
import { planFromArgs, withPlanOption } from '../common';
import type { CliIO } from '../io';

export const command = 'report';
export const describe = "write the plan's record in the seed's shape (markdown): statuses, verification, files, checklist, changelog";

export function builder(y: Argv) {
  return withPlanOption(y).option('out', { type: 'string', requiresArg: true, describe: 'write the report to FILE instead of stdout' });
}

/** Renders the report from the tree and its ledger, to stdout or --out. */
export async function handler(io: CliIO, args: { plan?: string; out?: string }): Promise<number> {
  const plan = planFromArgs(io, args.plan);
  const ws = await Workspace.load(plan.root, plan);
  if (ws.recovery) io.err(`remediate: ${ws.recovery.message}\n`);
  const text = report(plan, ws);
  if (args.out) fs.writeFileSync(path.resolve(io.cwd, args.out), text);
  else io.out(text);
  return 0;
}
