import * as fs from 'node:fs';
import * as path from 'node:path';
import { parsePlan } from '../../src/plan/load';
import type { Plan } from '../../src/plan/types';
import type { ValidateOptions } from '../../src/validate/validate';
import { validate } from '../../src/validate/validate';
import type { ValidationResult } from '../../src/validate/types';
import { Workspace } from '../../src/workspace/workspace';
import { writeTree } from './tree';

/** What a rule test asserts about a violation: its rule, root-relative file and line. */
export type Hit = [rule: string, file: string, line: number];

/** One case of a rule table: a small tree and, for invalid cases, the violations it must give. */
export interface RuleCase {
  name: string;
  files: Record<string, string>;
  expected?: Hit[];
}

/** A plan's text with the header every test plan shares (`root: .`, the tree holding the plan). */
export function planText(body: string): string {
  return `version: 1\nname: test\nroot: .\n${body.trim()}\n`;
}

/** Writes the tree, loads the plan as if it sat at the tree's root, and validates the tree. */
export function validateTree(files: Record<string, string>, plan: string, opts?: ValidateOptions): { result: ValidationResult; plan: Plan; root: string } {
  const root = writeTree(files, 'remediate-rule-');
  const loaded = parsePlan(path.join(root, 'remediate.yaml'), plan, 'remediate.yaml');
  return { result: validate(Workspace.open(root), loaded, opts), plan: loaded, root };
}

/** The [rule, file, line] of each violation, in the validator's order (file, line, column, rule). */
export function hits(result: ValidationResult): Hit[] {
  return result.violations.map((v) => [v.rule, v.file, v.line]);
}

/** Validates a case's tree and removes it again. */
function caseHits(c: RuleCase, plan: string): Hit[] {
  const { result, root } = validateTree(c.files, plan);
  fs.rmSync(root, { recursive: true, force: true });
  return hits(result);
}

/** A typescript-eslint style table: valid cases give no violation, invalid ones exactly `expected`. */
export function ruleTable(title: string, plan: string, cases: { valid: RuleCase[]; invalid: RuleCase[] }): void {
  describe(title, () => {
    describe('valid', () => {
      it.each(cases.valid.map((c) => [c.name, c] as const))('%s', (_name, c) => {
        expect(caseHits(c, plan)).toEqual([]);
      });
    });
    describe('invalid', () => {
      it.each(cases.invalid.map((c) => [c.name, c] as const))('%s', (_name, c) => {
        expect(caseHits(c, plan)).toEqual(c.expected);
      });
    });
  });
}
