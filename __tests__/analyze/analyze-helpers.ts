import * as fs from 'node:fs';
import * as path from 'node:path';
import { describeStep } from '../../src/analyze/describe';
import { analyzePlan, type Draft } from '../../src/analyze/draft';
import { loadPlan } from '../../src/plan/load';
import { validate } from '../../src/validate/validate';
import { Workspace } from '../../src/workspace/workspace';
import { runCli } from '../helpers/cli';
import { writeTree } from '../helpers/tree';

/** Writes the tree, drafts its plan (plans/plan.yaml) into plans/draft.yaml and returns both. */
export function draftTree(files: Record<string, string>): { root: string; draft: Draft } {
  const root = writeTree(files, 'remediate-analyze-');
  const planFile = path.join(root, 'plans/plan.yaml');
  const out = path.join(root, 'plans/draft.yaml');
  const draft = analyzePlan(loadPlan(planFile), fs.readFileSync(planFile, 'utf8'), out);
  fs.writeFileSync(out, draft.text);
  return { root, draft };
}

/** Each proposal as `phase: step`, paths shown relative to `base`; dropped ones marked. */
export function proposalLines(draft: Draft, base: string): string[] {
  return draft.proposals.map((p) => `${p.dropped ? 'DROPPED ' : ''}${p.phase}: ${describeStep(p.step).split(`${base}/`).join('')}`);
}

/** Applies the draft with `run --all`; returns its exit code and the actionable violations left. */
export async function runDraft(root: string): Promise<{ code: number; actionable: string[] }> {
  const run = await runCli(['run', '--all', '--allow-dirty', '--plan', 'plans/draft.yaml'], root);
  const plan = loadPlan(path.join(root, 'plans/draft.yaml'));
  const left = validate(Workspace.open(plan.root), plan).violations.filter((v) => v.inScope && !v.debt);
  return { code: run.code, actionable: left.map((v) => `${v.rule} ${v.file}:${v.line}`) };
}
