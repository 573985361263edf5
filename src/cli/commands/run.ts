import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Argv } from 'yargs';
import { runPlans } from '../../batch/run-plans';
import { renderPatch } from '../../changeset/diff';
import { runPhases, type PhaseRun, type RunOptions } from '../../engine/run-phase';
import { ExitCode, UsageError } from '../../errors';
import { selectPhase } from '../../plan/select-phase';
import { renderBatchJson } from '../../report/batch-json';
import { renderRunJson, renderRunText } from '../../report/run-report';
import { planFromArgs } from '../common';
import type { CliIO } from '../io';
import { displayPath } from '../../status/display';
import { Workspace } from '../../workspace/workspace';
import { expandPlanArgs, isBatch } from '../plan-files';

interface RunArgs {
  phase?: string;
  all?: boolean;
  plan?: string | string[];
  'dry-run'?: boolean;
  patch?: string;
  json?: boolean;
  'allow-dirty'?: boolean;
  commit?: boolean;
  typecheck?: boolean;
}

export const command = 'run [phase]';
export const describe = 'apply one phase of the plan (or --all), gated by the validator';

export function builder(y: Argv) {
  return y
    .positional('phase', { type: 'string', describe: 'phase id (phase-2), roman numeral (II) or number (2)' })
    .option('plan', { type: 'string', requiresArg: true, describe: 'the plan file (default: found as the README says); repeat it or give a glob for a batch' })
    .option('all', { type: 'boolean', describe: 'run every phase in order, stopping at the first refused' })
    .option('dry-run', { type: 'boolean', describe: 'print the unified diff and the moves; write nothing' })
    .option('patch', { type: 'string', requiresArg: true, describe: 'also write the diff to FILE (git apply accepts it)' })
    .option('json', { type: 'boolean', describe: 'print one JSON document instead of text' })
    .option('allow-dirty', { type: 'boolean', describe: 'apply even when touched files have uncommitted git changes' })
    .option('commit', { type: 'boolean', describe: 'commit each applied phase: `remediate(<plan>): <phase> <title>`, the steps in the body' })
    .option('typecheck', { type: 'boolean', describe: 'type-check each phase with the code base\'s tsconfig; refuse one that adds a TypeScript diagnostic' });
}

/** Stages the chosen phases, prints what they do, and writes them unless --dry-run; several plans make a batch. */
export async function handler(io: CliIO, args: RunArgs): Promise<number> {
  if (!args.all && !args.phase) throw new UsageError('name a phase (e.g. `remediate run phase-1`) or pass --all');
  if (args.all && args.phase) throw new UsageError('give a phase or --all, not both');
  if (args.commit && args['dry-run']) throw new UsageError('--commit and --dry-run do not mix: a dry run writes nothing to commit');
  const plans = args.plan === undefined ? [] : ([] as string[]).concat(args.plan);
  if (isBatch(plans)) return runBatch(io, args, plans);
  const plan = planFromArgs(io, plans[0]);
  if (args.all && plan.phases.length === 0) throw new UsageError(`${plan.name} has no phases to run`);
  const phases = args.all ? plan.phases : [selectPhase(plan, args.phase!)];
  const progress = io.progress && !args.json ? (msg: string) => io.err(`\r\x1b[K${msg}`) : undefined;
  const onRecovery = (message: string) => io.err(`remediate: ${message}\n`);
  const workspace = await Workspace.load(plan.root, plan);
  const { runs, ws } = runPhases(plan, phases, { ...runOptions(io, args), onProgress: progress, onRecovery, workspace });
  if (progress) io.err('\r\x1b[K');
  const changes = args['dry-run'] ? ws.overlay.changes() : runs.flatMap((r) => r.changes);
  if (args.patch) fs.writeFileSync(path.resolve(io.cwd, args.patch), renderPatch(changes));
  const exitCode = runs.some((r) => r.status === 'refused') ? ExitCode.violations : ExitCode.ok;
  if (args.json) io.out(JSON.stringify(renderRunJson(plan, runs, { dryRun: !!args['dry-run'], exitCode }), null, 2) + '\n');
  else {
    const diff = args['dry-run'] ? renderPatch(changes, { color: io.color }) : '';
    io.out(renderRunText(plan, runs, { dryRun: !!args['dry-run'], color: io.color, diff, show: (p) => displayPath(plan, p) }));
  }
  return exitCode;
}

/** A batch: each plan applied or refused on its own; one JSON summary, whose exit code is the worst. */
async function runBatch(io: CliIO, args: RunArgs, plans: string[]): Promise<number> {
  if (args.patch) throw new UsageError('--patch takes one plan; a batch prints its summary as JSON');
  const choice = args.all ? { all: true as const } : { phase: args.phase! };
  const { outcomes, exitCode } = await runPlans(expandPlanArgs(io.cwd, plans), choice, runOptions(io, args));
  io.out(JSON.stringify(renderBatchJson(outcomes, { dryRun: !!args['dry-run'], exitCode }), null, 2) + '\n');
  return exitCode;
}

function runOptions(io: CliIO, args: RunArgs): RunOptions {
  return {
    dryRun: args['dry-run'],
    allowDirty: args['allow-dirty'],
    commit: args.commit,
    typecheck: args.typecheck,
    failAt: faultHook(io, 'REMEDIATE_FAIL_AT_WRITE'),
    killAt: faultHook(io, 'REMEDIATE_KILL_AT_WRITE'),
    now: ledgerClock(io),
  };
}

/** REMEDIATE_FAIL_AT_WRITE=N / REMEDIATE_KILL_AT_WRITE=N fail or kill the writer at its Nth file operation (reliability tests). */
function faultHook(io: CliIO, name: string): number | undefined {
  const n = Number(io.env[name]);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/** SOURCE_DATE_EPOCH (seconds), the reproducible-builds convention, pins the time the ledger records. */
function ledgerClock(io: CliIO): (() => Date) | undefined {
  const s = io.env.SOURCE_DATE_EPOCH;
  return s !== undefined && /^\d+$/.test(s) ? () => new Date(Number(s) * 1000) : undefined;
}

export type { PhaseRun };
