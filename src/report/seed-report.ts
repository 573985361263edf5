import * as path from 'node:path';
import type { LedgerRecord } from '../ledger/ledger';
import type { FileEntry, FileNeed } from '../status/files';
import type { PlanStatus, StatusWord } from '../status/types';
import type { PlanGraphs } from '../graph/plan-graphs';
import { graphSection } from './seed-graphs';
import { changelogSection, checklistSection, frozenSection, type ShowPath } from './seed-record';
import { filesSummary } from './seed-files';
import { implementationOrder, phaseSections, phaseVerification } from './seed-phases';
import { verificationResults } from './seed-verification';

/** What the seed-style report is made of: the computed status, the files summary and the ledger. */
export interface SeedReportInput {
  status: PlanStatus;
  files: FileEntry[];
  /** This plan's ledger records, oldest first. */
  ledger: LedgerRecord[];
  /** How a root-relative path is shown: as the plan writes it, relative to scope. */
  show: ShowPath;
  /** The layer graph before and after the plan. */
  graphs?: PlanGraphs;
}

/**
 * `remediate report`: the plan as the seed's hand-kept record, computed. A pure function of the tree's
 * status and the ledger (no clock, no absolute path), so the same tree gives the same report.
 */
export function renderSeedReport(input: SeedReportInput): string {
  const { status: s, files, ledger, show } = input;
  const section = (title: string, body: string[]) => [`## ${title}`, '', ...trimEnd(body), '', '---', ''];
  const out = [`# ${s.plan.name}`, '', ...frontMatter(input), '', '---', ''];
  out.push(...section('Summary', summary(s, files)));
  out.push(...section('Canonical Layer Reference', ['```', ...s.plan.layers.flatMap((l) => [`${l.id} = ${l.title}`, ...l.paths.map((p) => `     - ${p}`)]), '```']));
  out.push(...phaseSections(s));
  out.push(...section('Verification', [phaseVerification(s), '', ...verificationResults(s.validation, show)]));
  out.push(...section('Files Status Summary', filesSummary(files)));
  if (input.graphs) out.push(...section('Layer Graph', graphSection(input.graphs)));
  if (s.plan.frozen.length) out.push(...section('Frozen Files', frozenSection(s.plan, show)));
  out.push(...section('Implementation Order', implementationOrder(s)));
  if (s.checklist.length) out.push(...section('Post-Remediation Checklist', checklistSection(s.checklist)));
  out.push(...section('Changelog', ledger.length ? [changelogSection(s.phases, ledger, show)] : ['No phase has been applied yet (the ledger, `.remediate/ledger.jsonl`, is empty).']));
  out.push('**END OF REPORT**');
  return out.join('\n') + '\n';
}

/** Drops trailing blank lines, so sections end with exactly one. */
function trimEnd(lines: string[]): string[] {
  let end = lines.length;
  while (end > 0 && lines[end - 1] === '') end--;
  return lines.slice(0, end);
}

function frontMatter({ status: s, ledger }: SeedReportInput): string[] {
  const lines = [`**Status:** ${overall(s)}  `, `**Plan:** \`${path.basename(s.plan.file)}\`  `, `**Scope:** \`${s.plan.scope || '.'}\`  `];
  if (ledger.length) lines.push(`**Started:** ${ledger[0].time.slice(0, 10)}  `, `**Last applied:** ${ledger[ledger.length - 1].time.slice(0, 10)}  `);
  lines[lines.length - 1] = lines[lines.length - 1].trimEnd();
  return lines;
}

/** COMPLETE when every step is done or deferred and nothing actionable is left; else IN PROGRESS or NOT STARTED. */
function overall(s: PlanStatus): string {
  const steps = s.phases.flatMap((p) => p.steps);
  const v = s.validation.summary;
  if (steps.every((st) => st.status === 'DONE' || st.status === 'DEFERRED') && v.actionable === 0) {
    const debt = v.debt > 0 || steps.some((st) => st.status === 'DEFERRED');
    return `COMPLETE${debt ? ' (with documented technical debt)' : ''}`;
  }
  return steps.some((st) => st.status === 'DONE') ? 'IN PROGRESS' : 'NOT STARTED';
}

const NEEDS: [FileNeed, string, string][] = [
  ['clean', 'is clean (no changes required)', 'are clean (no changes required)'],
  ['header', 'needs a header fix only', 'need a header fix only'],
  ['move', 'needs relocation', 'need relocation'],
  ['split', 'needs a split', 'need a split'],
  ['move-out', 'needs a move out of scope', 'need a move out of scope'],
  ['imports', 'needs a legacy import fix', 'need a legacy import fix'],
  ['barrel', 'needs an init file update', 'need an init file update'],
  ['attention', 'has actionable violations and no step', 'have actionable violations and no step'],
  ['debt', 'carries documented debt this plan leaves', 'carry documented debt this plan leaves'],
];

/** Seed "Executive Summary": the files by what they needed, then phases, steps, violations, checklist. */
function summary(s: PlanStatus, files: FileEntry[]): string[] {
  const words: StatusWord[] = ['DONE', 'PARTIAL', 'TODO', 'DEFERRED', 'UNKNOWN'];
  const count = (xs: { status: StatusWord }[]) => words.map((w) => [w, xs.filter((x) => x.status === w).length] as const).filter(([, n]) => n).map(([w, n]) => `${n} ${w}`).join(', ') || 'none';
  const steps = s.phases.flatMap((p) => p.steps);
  const v = s.validation.summary;
  const held = s.checklist.filter((c) => c.ok).length;
  const byNeed = NEEDS.flatMap(([need, one, many]) => {
    const n = files.filter((f) => f.need === need).length;
    return n ? [`- **${n} file${n === 1 ? '' : 's'}** ${n === 1 ? one : many}`] : [];
  });
  return [
    ...byNeed,
    `- **${s.phases.length} phases**: ${count(s.phases)}; **${steps.length} steps**: ${count(steps)}`,
    `- **${v.total} violations**: ${v.actionable} actionable in scope, ${v.debt} documented debt, ${v.total - v.inScope} out of scope`,
    ...(s.checklist.length ? [`- **${held} of ${s.checklist.length}** checklist items hold`] : []),
  ];
}
