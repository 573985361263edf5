import type { Argv } from 'yargs';
import { planJsonSchema } from '../../plan/schema';
import type { CliIO } from '../io';

export const command = 'schema';
export const describe = 'print the JSON Schema of plan files (the one in schema/plan.schema.json)';

export function builder(y: Argv) {
  return y;
}

/** Prints the plan JSON Schema, for editors and CI. */
export function handler(io: CliIO): number {
  io.out(JSON.stringify(planJsonSchema(), null, 2) + '\n');
  return 0;
}
