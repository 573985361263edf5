import type { Argv } from 'yargs';
import type { CliIO } from '../io';

export const command = 'schema';
export const describe = 'print the JSON Schema of plan files (the one in schema/plan.schema.json)';

export function builder(y: Argv) {
  return y;
}

/** Prints the plan JSON Schema, for editors and CI. */
export function handler(io: CliIO): number {
  // Required here, not at the top: the schema brings zod, which no other command needs at start.
  const { planJsonSchema } = require('../../plan/schema') as typeof import('../../plan/schema');
  io.out(JSON.stringify(planJsonSchema(), null, 2) + '\n');
  return 0;
}
