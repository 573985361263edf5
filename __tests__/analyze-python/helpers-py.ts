import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzePlan, type Draft } from '../../src/analyze/draft';
import { runPhases } from '../../src/engine/run-phase';
import { loadPlan } from '../../src/plan/load';
import { validate } from '../../src/validate/validate';
import { Workspace } from '../../src/workspace/workspace';
import { writeTree } from '../helpers/tree';

/** Writes the tree, drafts its plan (plans/plan.yaml) into plans/draft.yaml on a loaded workspace and returns both. */
export async function draftPythonTree(files: Record<string, string>): Promise<{ root: string; draft: Draft }> {
  const root = writeTree(files, 'remediate-analyze-py-');
  const draft = await draftPlan(path.join(root, 'plans/plan.yaml'), path.join(root, 'plans/draft.yaml'));
  return { root, draft };
}

/** Drafts a plan file into `out` (written) with its code base loaded as the command loads it. */
export async function draftPlan(planFile: string, out: string): Promise<Draft> {
  const plan = loadPlan(planFile);
  const draft = analyzePlan(plan, fs.readFileSync(planFile, 'utf8'), out, await Workspace.load(plan.root, plan));
  fs.writeFileSync(out, draft.text);
  return draft;
}

/** Applies a draft's phases as `run --all` does; returns each phase's status and the actionable violations left. */
export async function applyDraft(draftFile: string): Promise<{ statuses: string[]; actionable: string[] }> {
  const plan = loadPlan(draftFile);
  const workspace = await Workspace.load(plan.root, plan);
  const statuses = runPhases(plan, plan.phases, { allowDirty: true, workspace }).runs.map((r) => r.status);
  const left = validate(Workspace.open(plan.root, plan), plan).violations.filter((v) => v.inScope && !v.debt);
  return { statuses, actionable: left.map((v) => `${v.rule} ${v.file}:${v.line}`) };
}

