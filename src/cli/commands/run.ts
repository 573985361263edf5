import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Argv } from 'yargs';
import { renderPatch } from '../../changeset/diff';
import { runPhases, type PhaseRun } from '../../engine/run-phase';
import { ExitCode, UsageError } from '../../errors';
import { selectPhase } from '../../plan/select-phase';
import { renderRunJson, renderRunText } from '../../report/run-report';
import { planFromArgs, withPlanOption } from '../common';
import type { CliIO } from '../io';

interface RunArgs {
  phase?: string;
  all?: boolean;
  plan?: string;
  'dry-run'?: boolean;
  patch?: string;
  json?: boolean;
  'allow-dirty'?: boolean;
}

export const command = 'run [phase]';
export const describe = 'apply one phase of the plan (or --all), gated by the validator';

export function builder(y: Argv) {
  return withPlanOption(y)
    .positional('phase', { type: 'string', describe: 'phase id (phase-2), roman numeral (II) or number (2)' })
    .option('all', { type: 'boolean', describe: 'run every phase in order, stopping at the first refused' })
    .option('dry-run', { type: 'boolean', describe: 'print the unified diff and the moves; write nothing' })
    .option('patch', { type: 'string', requiresArg: true, describe: 'also write the diff to FILE (git apply accepts it)' })
    .option('json', { type: 'boolean', describe: 'print one JSON document instead of text' })
    .option('allow-dirty', { type: 'boolean', describe: 'apply even when touched files have uncommitted git changes' });
}

/** Stages the chosen phases, prints what they do, and writes them unless --dry-run. */
export function handler(io: CliIO, args: RunArgs): number {
  if (!args.all && !args.phase) throw new UsageError('name a phase (e.g. `remediate run phase-1`) or pass --all');
  if (args.all && args.phase) throw new UsageError('give a phase or --all, not both');
  const plan = planFromArgs(io, args.plan);
  const phases = args.all ? plan.phases : [selectPhase(plan, args.phase!)];
  const progress = io.progress && !args.json ? (msg: string) => io.err(`\r\x1b[K${msg}`) : undefined;
  const { runs, ws } = runPhases(plan, phases, { dryRun: args['dry-run'], allowDirty: args['allow-dirty'], failAt: faultHook(io, 'REMEDIATE_FAIL_AT_WRITE'), killAt: faultHook(io, 'REMEDIATE_KILL_AT_WRITE'), onProgress: progress });
  if (progress) io.err('\r\x1b[K');
  if (ws.recovery) io.err(`remediate: ${ws.recovery.message}\n`);
  const changes = args['dry-run'] ? ws.overlay.changes() : runs.flatMap((r) => r.changes);
  if (args.patch) fs.writeFileSync(path.resolve(io.cwd, args.patch), renderPatch(changes));
  const exitCode = runs.some((r) => r.status === 'refused') ? ExitCode.violations : ExitCode.ok;
  if (args.json) io.out(JSON.stringify(renderRunJson(plan, runs, { dryRun: !!args['dry-run'], exitCode }), null, 2) + '\n');
  else io.out(renderRunText(plan, runs, { dryRun: !!args['dry-run'], color: io.color, diff: args['dry-run'] ? renderPatch(changes, { color: io.color }) : '' }));
  return exitCode;
}

/** REMEDIATE_FAIL_AT_WRITE=N / REMEDIATE_KILL_AT_WRITE=N fail or kill the writer at its Nth file operation (reliability tests). */
function faultHook(io: CliIO, name: string): number | undefined {
  const n = Number(io.env[name]);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

export type { PhaseRun };
