import type { Argv } from 'yargs';
import { UsageError } from '../../errors';
import { reporters } from '../../report';
import { validate } from '../../validate/validate';
import { normalizeRel } from '../../workspace/paths';
import { Workspace } from '../../workspace/workspace';
import { planFromArgs, withPlanOption } from '../common';
import type { CliIO } from '../io';

interface VerifyArgs {
  plan?: string;
  path?: string;
  format?: string;
  ci?: boolean;
}

export const command = 'verify';
export const describe = "run the plan's layer rules on the code base (the seed's BLCA)";

export function builder(y: Argv) {
  return withPlanOption(y)
    .option('path', { type: 'string', requiresArg: true, describe: 'root-relative folder counted as in scope (default: the plan\'s scope)' })
    .option('format', { type: 'string', choices: Object.keys(reporters), default: 'text', describe: 'output format' })
    .option('ci', { type: 'boolean', describe: 'exit 1 when any actionable violation remains' });
}

/** Validates the tree on disk and prints it in the chosen format. */
export async function handler(io: CliIO, args: VerifyArgs): Promise<number> {
  const plan = planFromArgs(io, args.plan);
  const scopePath = args.path === undefined ? undefined : normalizeRel(args.path.replace(/^\/\//, ''));
  if (scopePath === undefined && args.path !== undefined) throw new UsageError(`--path must be a folder inside root, got "${args.path}"`);
  const reporter = reporters[args.format ?? 'text'];
  if (!reporter) throw new UsageError(`unknown --format "${args.format}": choose one of ${Object.keys(reporters).join(', ')}`);
  const ws = await Workspace.load(plan.root, plan);
  if (ws.recovery) io.err(`remediate: ${ws.recovery.message}\n`);
  const result = validate(ws, plan, { path: scopePath });
  const { output, exitCode } = reporter({ plan, result, ci: !!args.ci });
  io.out(output);
  return exitCode;
}
