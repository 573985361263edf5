import * as fs from 'node:fs';
import * as path from 'node:path';
import { parsePlan } from '../../src/plan/load';
import type { Plan } from '../../src/plan/types';
import { copyTree } from '../helpers/tree';

/** The monorepo fixture: a solution tsconfig referencing three packages of an npm workspace. */
export const MONOREPO = path.join(__dirname, '../../__testfixtures__/monorepo');

/** A temp copy of the fixture, with the `node_modules/@org/*` links a workspace install makes (tsc -b needs them). */
export function monorepoCopy(): string {
  const root = copyTree(MONOREPO, 'remediate-monorepo-');
  fs.mkdirSync(path.join(root, 'node_modules/@org'), { recursive: true });
  for (const p of ['a', 'b', 'c']) fs.symlinkSync(`../../packages/${p}`, path.join(root, `node_modules/@org/${p}`));
  return root;
}

/** A plan over `root` from the YAML that follows `root: .`. */
export function planAt(root: string, rest: string): Plan {
  return parsePlan(path.join(root, 'plan.yaml'), `version: 1\nname: monorepo\nroot: .\n${rest}`);
}
