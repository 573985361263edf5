import picomatch from 'picomatch';
import type { ChecklistItem, Plan } from '../plan/types';
import { unmetExpectations } from '../validate/gate';
import type { ValidationResult } from '../validate/types';
import { summarize } from '../validate/validate';
import { displayPath } from './display';
import type { ChecklistResult } from './types';

/**
 * Evaluates a checklist item on a validation result: narrowed to the item's `files`, the listed
 * rules must find nothing (documented debt counts: a checklist states what is true of the code),
 * and the item's `expect` must hold on what is left. A rule the plan does not enable cannot vouch for
 * anything, so naming one fails the item rather than passing it unseen.
 */
export function evaluateChecklistItem(plan: Plan, result: ValidationResult, item: ChecklistItem): ChecklistResult {
  const show = (p: string) => displayPath(plan, p);
  const inFiles = item.files?.length ? picomatch(item.files, { dot: true }) : () => true;
  const violations = result.violations.filter((v) => inFiles(v.file));
  const narrowed: ValidationResult = { ...result, violations, summary: summarize(violations) };
  const problems: string[] = [];
  const ran = new Set<string>(result.rules.map((r) => r.id));
  for (const rule of item.rules ?? []) {
    if (!ran.has(rule)) {
      problems.push(`${rule} did not run (it is not enabled under the plan's rules)`);
      continue;
    }
    const found = violations.filter((v) => v.rule === rule);
    if (found.length) problems.push(`${rule}: ${found.length} (${fileList(found.map((v) => show(v.file)))})`);
  }
  problems.push(...unmetExpectations(narrowed, item.expect));
  return { item: item.item, ok: problems.length === 0, detail: problems.length ? problems.join('; ') : holdsDetail(item, show) };
}

function holdsDetail(item: ChecklistItem, show: (p: string) => string): string {
  const rules = item.rules?.length ? `no ${item.rules.join(', ')} violations` : 'expectation met';
  return item.files?.length ? `${rules} in ${item.files.map(show).join(', ')}` : rules;
}

function fileList(files: string[]): string {
  const unique = [...new Set(files)];
  return unique.slice(0, 3).join(', ') + (unique.length > 3 ? `, and ${unique.length - 3} more` : '');
}
