import * as path from 'node:path';
import type { LedgerRecord } from '../ledger/ledger';
import type { Plan } from '../plan/types';
import type { ChecklistResult, PhaseStatus } from '../status/types';
import { mdTable } from './seed-markdown';

/** A root-relative path as the plan writes it (relative to scope). */
export type ShowPath = (p: string) => string;

/** Seed "Frozen Files": per tag, the files and the edits allowed on them. */
export function frozenSection(plan: Plan, show: ShowPath): string[] {
  return plan.frozen.flatMap((f) => [
    `The following files are marked **${f.tag}**:`,
    ...f.files.map((p) => `- \`${show(p)}\``),
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
export function changelogSection(phases: PhaseStatus[], ledger: LedgerRecord[], show: ShowPath): string {
  const name = (id: string) => phases.find((p) => p.phase.id === id)?.name ?? id;
  const rows = ledger.map((r) => [r.time.slice(0, 10), name(r.phase.id), r.phase.title, result(r, show)]);
  return mdTable(['Date', 'Phase', 'Action', 'Result'], rows);
}

function result(r: LedgerRecord, show: ShowPath): string {
  const moved = new Set(r.moves.flatMap((m) => [m.from, m.to]));
  const changed = r.files.filter((f) => !moved.has(f)).map(show);
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
