import type { Argv } from 'yargs';
import type { CliIO } from '../io';
import * as check from './plan-check';
import * as schema from './plan-schema';

export const command = 'plan <command>';
export const describe = 'work with plan files (check, schema)';

/** `plan` groups its subcommands; `guard` runs a handler and records its exit code. */
export function builder(io: CliIO, guard: (fn: () => number | Promise<number>) => Promise<void>) {
  return (y: Argv) =>
    y
      .command(check.command, check.describe, check.builder, (a) => guard(() => check.handler(io, a as never)))
      .command(schema.command, schema.describe, schema.builder, () => guard(() => schema.handler(io)))
      .demandCommand(1);
}
