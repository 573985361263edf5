import * as fs from 'node:fs';
import * as path from 'node:path';
import { runPhases, type PhaseRun } from '../../src/engine/run-phase';
import type { Plan } from '../../src/plan/types';
import { Workspace } from '../../src/workspace/workspace';
import { loadCasePlan } from '../operations/fixture-trees';
import { copyTree, readTree } from '../helpers/tree';

export const PY_FIXTURES = path.join(__dirname, '../../__testfixtures__/python-split');

/** The case folders of the Python split fixtures (each with before/, after/ and plan.yaml). */
export function pyCases(): string[] {
  return fs.readdirSync(PY_FIXTURES).filter((c) => fs.existsSync(path.join(PY_FIXTURES, c, 'plan.yaml'))).sort();
}

export interface PyCaseRun {
  root: string;
  plan: Plan;
  first: PhaseRun[];
  second: PhaseRun[];
  actual: Record<string, string>;
  expected: Record<string, string>;
  again: Record<string, string>;
}

/** Copies before/ to a temp folder, runs every phase of plan.yaml (the grammar loaded), then runs it again. */
export async function runPyCase(name: string): Promise<PyCaseRun> {
  const caseDir = path.join(PY_FIXTURES, name);
  const root = copyTree(path.join(caseDir, 'before'));
  const plan = loadCasePlan(caseDir, root);
  const first = runPhases(plan, plan.phases, { allowDirty: true, workspace: await Workspace.load(root, plan) }).runs;
  const actual = readTree(root, { skipJournal: true });
  const second = runPhases(plan, plan.phases, { allowDirty: true, workspace: await Workspace.load(root, plan) }).runs;
  const again = readTree(root, { skipJournal: true });
  const expected = readTree(path.join(caseDir, 'after'));
  return { root, plan, first, second, actual, expected, again };
}
