import * as path from 'node:path';
import type { LedgerRecord } from '../ledger/ledger';
import type { Plan } from '../plan/types';
import { displayPath } from '../status/display';
import type { ChecklistResult } from '../status/types';
import { mdTable, phaseName } from './seed-markdown';

/** Seed "Frozen Files": per tag, the files and the edits allowed on them. */
export function frozenSection(plan: Plan): string[] {
  return plan.frozen.flatMap((f) => [
    `The following files are marked **${f.tag}**:`,
    ...f.files.map((p) => `- \`${displayPath(plan, p)}\``),
    '',
    `**Governance:** ${f.allow.length ? `only ${f.allow.join(', ')} edits are allowed` : 'no edit is allowed'}; remediate refuses a phase that would change anything else in these files.`,
    '',
  ]);
}

/** Seed "Post-Remediation Checklist": each item checked when it holds on the tree. */
export function checklistSection(items: ChecklistResult[]): string[] {
  return items.map((c) => `- [${c.ok ? 'x' : ' '}] ${c.item}${c.ok ? '' : ` — ${c.detail}`}`);
}

/** Seed "Changelog": one row per applied phase, from the ledger. */
export function changelogSection(plan: Plan, ledger: LedgerRecord[]): string {
  const rows = ledger.map((r) => [r.time.slice(0, 10), phaseName(r.phase.id), r.phase.title, result(plan, r)]);
  return mdTable(['Date', 'Phase', 'Action', 'Result'], rows);
}

function result(plan: Plan, r: LedgerRecord): string {
  const moved = new Set(r.moves.flatMap((m) => [m.from, m.to]));
  const changed = r.files.filter((f) => !moved.has(f)).map((f) => displayPath(plan, f));
  const parts = [
    r.moves.length ? `${r.moves.length} moved (${listed(r.moves.map((m) => path.posix.basename(m.from)))})` : '',
    changed.length ? `${changed.length} file${changed.length === 1 ? '' : 's'} changed (${listed(changed)})` : '',
    `actionable ${r.violations.actionableBefore}→${r.violations.actionableAfter}`,
    r.commit ? `commit ${r.commit.slice(0, 12)}` : '',
  ];
  return parts.filter(Boolean).join('; ');
}

/** Up to four names, those in scope (no `//`) first. */
function listed(names: string[]): string {
  const sorted = [...names].sort((a, b) => Number(a.startsWith('//')) - Number(b.startsWith('//')) || (a < b ? -1 : a > b ? 1 : 0));
  return sorted.slice(0, 4).join(', ') + (sorted.length > 4 ? `, and ${sorted.length - 4} more` : '');
}
