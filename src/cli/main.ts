import yargs, { type Argv } from 'yargs';
import { ExitCode, RemediateError } from '../errors';
import * as analyze from './commands/analyze';
import * as graph from './commands/graph';
import * as plan from './commands/plan';
import * as reportCommand from './commands/report';
import * as run from './commands/run';
import * as status from './commands/status';
import * as verify from './commands/verify';
import { processIO, type CliIO } from './io';

/** Exit code for a crash: a bug in remediate, never a verdict on the code base. */
const INTERNAL_ERROR = 4;

interface CommandModule {
  command: string;
  describe: string;
  builder(y: Argv): Argv<any>;
  handler(io: CliIO, args: any): number | Promise<number>;
}

/**
 * Parses argv, runs one command and returns its exit code; expected errors print one line, no stack.
 * Asynchronous because a language may load its grammar (WebAssembly) before the command's work starts.
 */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  let code: number = ExitCode.ok;
  const json = argv.includes('--json');
  // With exitProcess(false) yargs still calls the handler after a validation failure; skip it then.
  let failed = false;
  const guard = async (fn: () => number | Promise<number>) => {
    if (failed) return;
    try {
      code = await fn();
    } catch (err) {
      code = report(io, err, json);
    }
  };
  const register = (y: Argv, m: CommandModule) => y.command(m.command, m.describe, m.builder, (a) => guard(() => m.handler(io, a)));
  let cli = yargs(argv)
    .scriptName('remediate')
    .usage('$0 <command> [options]\n\nCarry out architecture remediation plans on TypeScript and Python code bases.')
    .strict()
    .recommendCommands()
    .demandCommand(1, 'name a command: run, verify, status, report, analyze, graph or plan')
    .help()
    .version()
    .exitProcess(false)
    .fail((msg, err) => {
      // yargs reports its own usage errors (a missing option value) as YError: usage, not a crash.
      if (err && err.name !== 'YError') throw err;
      msg = msg ?? err?.message;
      io.err(`remediate: ${msg}\nRun \`remediate --help\` for usage.\n`);
      failed = true;
      code = ExitCode.usage;
    })
    .epilog('Exit codes: 0 success; 1 violations (verify --ci) or a phase refused by verification; 2 bad usage or plan; 3 the code base is not in a state the phase can apply to.');
  cli = register(cli, run as CommandModule);
  cli = register(cli, verify as CommandModule);
  cli = register(cli, status as CommandModule);
  cli = register(cli, reportCommand as CommandModule);
  cli = register(cli, analyze as CommandModule);
  cli = register(cli, graph as CommandModule);
  cli = cli.command(plan.command, plan.describe, plan.builder(io, guard));
  cli = cli.wrap(Math.min(110, process.stdout.columns || 100));
  try {
    await cli.parseAsync();
  } catch (err) {
    code = report(io, err, json);
  }
  return code;
}

/** Prints an error once: one line on stderr, and with --json also a JSON document on stdout for scripts. */
function report(io: CliIO, err: unknown, json: boolean): number {
  if (err instanceof RemediateError) {
    io.err(`remediate: ${err.message}\n`);
    if (json) io.out(JSON.stringify({ error: { kind: err.name, message: err.message }, exitCode: err.exitCode }, null, 2) + '\n');
    return err.exitCode;
  }
  const e = err as Error;
  io.err(`remediate: internal error: ${e?.message ?? String(err)}\n${e?.stack ?? ''}\nThis is a bug in remediate; please report it with the command you ran.\n`);
  return INTERNAL_ERROR;
}
