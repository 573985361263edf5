import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Argv } from 'yargs';
import { readLedger } from '../../ledger/ledger';
import { renderSeedReport } from '../../report/seed-report';
import { computeStatus } from '../../status/compute';
import { fileSummary } from '../../status/files';
import { Workspace } from '../../workspace/workspace';
import { planFromArgs, withPlanOption } from '../common';
import type { CliIO } from '../io';

export const command = 'report';
export const describe = "write the plan's record in the seed's shape (markdown): statuses, verification, files, checklist, changelog";

export function builder(y: Argv) {
  return withPlanOption(y).option('out', { type: 'string', requiresArg: true, describe: 'write the report to FILE instead of stdout' });
}

/** Computes the status and files summary from the tree, reads the ledger, and renders the report. */
export function handler(io: CliIO, args: { plan?: string; out?: string }): number {
  const plan = planFromArgs(io, args.plan);
  const ws = Workspace.open(plan.root);
  if (ws.recovery) io.err(`remediate: ${ws.recovery.message}\n`);
  const status = computeStatus(plan, ws);
  const ledger = readLedger(plan.root).filter((r) => r.plan === plan.name);
  const text = renderSeedReport({ status, files: fileSummary(status, ws, ledger), ledger });
  if (args.out) fs.writeFileSync(path.resolve(io.cwd, args.out), text);
  else io.out(text);
  return 0;
}
