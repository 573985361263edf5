import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Argv } from 'yargs';
import { Workspace } from '../../workspace/workspace';
import { planFromArgs, withPlanOption } from '../common';
import type { CliIO } from '../io';

interface AnalyzeArgs {
  plan?: string;
  out?: string;
  json?: boolean;
}

export const command = 'analyze';
export const describe = "draft the plan's phases from its layers, audiences, rules and debt (its own phases are ignored)";

export function builder(y: Argv) {
  return withPlanOption(y)
    .option('out', { type: 'string', requiresArg: true, describe: 'write the draft plan to FILE (default: print it)' })
    .option('json', { type: 'boolean', describe: 'print one JSON document: each proposal, its evidence, and whether the gate kept it' });
}

/** Drafts and checks the phases; writes the draft to --out, or prints it. */
export async function handler(io: CliIO, args: AnalyzeArgs): Promise<number> {
  // The analyzer (and the engine it stages drafts with) loads only when analyze runs: every other command starts sooner.
  const { analyzePlan } = require('../../analyze/draft') as typeof import('../../analyze/draft');
  const { renderDraftJson, renderDraftText } = require('../../analyze/describe') as typeof import('../../analyze/describe');
  const plan = planFromArgs(io, args.plan);
  const out = args.out ? path.resolve(io.cwd, args.out) : plan.file;
  const ws = await Workspace.load(plan.root, plan);
  if (ws.recovery) io.err(`remediate: ${ws.recovery.message}\n`);
  const draft = analyzePlan(plan, fs.readFileSync(plan.file, 'utf8'), out, ws);
  const written = args.out ? path.relative(io.cwd, out) || out : undefined;
  if (args.out) fs.writeFileSync(out, draft.text);
  if (args.json) io.out(JSON.stringify(renderDraftJson(draft, written), null, 2) + '\n');
  else if (written) io.out(renderDraftText(draft, written));
  else {
    io.out(draft.text);
    io.err(renderDraftText(draft));
  }
  return 0;
}
