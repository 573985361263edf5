import { runPhases, type PhaseRun } from '../engine/run-phase';
import { StateError } from '../errors';
import { parsePlan } from '../plan/load';
import type { Plan } from '../plan/types';
import type { ValidationResult } from '../validate/types';
import { validate } from '../validate/validate';
import { dirOf, type RelPath } from '../workspace/paths';
import { Workspace } from '../workspace/workspace';
import { analyzeContext } from './context';
import { findProposals } from './find';
import { isBarrel } from './targets';
import { PHASES, type DraftDebt, type Proposal } from './types';
import { writeDraft } from './write-draft';

/** The checked draft: its text, every proposal (dropped ones say why), and what it leaves. */
export interface Draft {
  text: string;
  proposals: Proposal[];
  debt: DraftDebt[];
  actionableBefore: number;
  actionableAfter: number;
}

/** Enough rounds for every proposal to be dropped one by one on a small tree; each round restages. */
const MAX_ROUNDS = 50;

/**
 * Analyzes the tree under the plan's layers and rules (its phases ignored) and returns a draft that
 * `run --all` applies: the draft is staged phase after phase as `run --all --dry-run` would, and each
 * step the gate refuses (or that cannot apply) is dropped, until every phase passes.
 */
export function analyzePlan(plan: Plan, text: string, out: string): Draft {
  const base: Plan = { ...plan, phases: [] };
  const ws = Workspace.open(plan.root);
  const before = validate(ws, base);
  const { proposals, debt } = findProposals(analyzeContext(base, ws, before));
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const kept = proposals.filter((p) => !p.dropped);
    const draftText = writeDraft({ plan, text, out, proposals: kept, debt });
    const staged = stage(parsePlan(out, draftText), kept);
    if (staged.ok) {
      const after = staged.after ?? before;
      const left = leftAsDebt(after);
      const verify = kept.length ? [verifyProposal(left.length)] : [];
      proposals.push(...verify);
      const final = writeDraft({ plan, text, out, proposals: [...kept, ...verify], debt: [...debt, ...left] });
      return { text: final, proposals, debt: [...debt, ...left], actionableBefore: before.summary.actionable, actionableAfter: after.summary.actionable };
    }
    for (const p of staged.add) proposals.splice(proposals.indexOf(staged.anchor!) + 1, 0, p);
    for (const { proposal, why } of staged.drop) proposal.dropped = why;
    for (const p of proposals) if (p.needs?.dropped && !p.dropped) p.dropped = `needs a dropped step: ${p.needs.dropped}`;
  }
  throw new Error(`analyze: the draft did not settle in ${MAX_ROUNDS} rounds`);
}

type Staged = { ok: true; after?: ValidationResult } | { ok: false; drop: { proposal: Proposal; why: string }[]; add: Proposal[]; anchor?: Proposal };

/** Stages the draft's phases (dry run); on the first refusal, says which proposals to drop or add. */
function stage(draft: Plan, kept: Proposal[]): Staged {
  const groups = PHASES.map((ph) => kept.filter((p) => p.phase === ph.key)).filter((g) => g.length);
  let runs: PhaseRun[];
  try {
    runs = runPhases(draft, draft.phases, { dryRun: true }).runs;
  } catch (err) {
    const at = err instanceof StateError ? /\b(phase-\d+) step (\d+)\b/.exec(err.message) : null;
    if (!at) throw err;
    const group = groups[draft.phases.findIndex((p) => p.id === at[1])];
    if (!group?.[Number(at[2]) - 1]) throw err;
    return { ok: false, drop: [{ proposal: group[Number(at[2]) - 1], why: `cannot apply: ${(err as StateError).message.replace(/^[^:]+:\d+:\d+: /, '')}` }], add: [] };
  }
  const refusedAt = runs.findIndex((r) => r.status === 'refused');
  if (refusedAt < 0) return { ok: true, after: runs.at(-1)?.after };
  return blame(runs[refusedAt], groups[refusedAt]);
}

/**
 * Whom a refusal falls on: a violation added in a barrel is repaired by regenerating that barrel in
 * the phase; any other falls on the steps that touched its file, or else on the phase's last change.
 */
function blame(run: PhaseRun, group: Proposal[]): Staged {
  const drop = new Map<Proposal, string>();
  const add: Proposal[] = [];
  const problems = [
    ...run.gate.added.map((v) => ({ file: v.file, message: v.message, why: `the gate refused: ${v.rule} ${v.file}:${v.line} ${v.message}` })),
    ...run.frozen.map((b) => ({ file: b.file, message: '', allow: b.allow as string[], why: `frozen (${b.tag}): ${b.change}` })),
  ];
  for (const { file, message, why, allow } of problems as { file: RelPath; message: string; why: string; allow?: string[] }[]) {
    const dir = dirOf(file);
    if (isBarrel(file) && !why.startsWith('frozen') && !group.some((p) => p.step.kind === 'barrel' && p.step.dir === dir) && !add.some((p) => p.step.kind === 'barrel' && p.step.dir === dir)) {
      add.push({ phase: group[0].phase, step: { kind: 'barrel', dir }, reason: 'The phase makes this barrel stale', evidence: [{ rule: 'BARREL_STALE', file, line: 1, seen: why }] });
      continue;
    }
    // A violation naming a file the phase creates falls on the step that creates it, else on those touching its file.
    const creators = group.filter((p) => createdBy(p).some((t) => message.includes(t)));
    const touching = group.filter((p, i) => p.step.kind !== 'barrel' && touches(p, run.steps[i]?.files ?? [], file));
    // A freeze falls only on the steps making edits it does not allow.
    const culprits = creators.length ? creators : allow ? touching.filter((p) => editsOf(p).some((e) => !allow.includes(e))) : touching;
    const fallback = [...group].reverse().find((p, i) => p.step.kind !== 'barrel' && run.steps[group.length - 1 - i]?.status === 'changed');
    for (const p of culprits.length ? culprits : fallback ? [fallback] : group) if (!drop.has(p)) drop.set(p, why);
  }
  if (add.length) return { ok: false, drop: [], add, anchor: group[group.length - 1] };
  return { ok: false, drop: [...drop].map(([proposal, why]) => ({ proposal, why })), add };
}

function touches(p: Proposal, edited: RelPath[], file: RelPath): boolean {
  const s = p.step;
  const own = s.kind === 'move' ? [s.from, s.to] : s.kind === 'split' ? [s.file, s.to] : s.kind === 'header' ? [s.file] : [];
  return own.includes(file) || edited.includes(file);
}

/** The kinds of edit a step makes to the files it touches, as a freeze names them. */
function editsOf(p: Proposal): string[] {
  const kind = p.step.kind;
  return kind === 'header' ? ['header'] : kind === 'move' ? ['move'] : kind === 'split' ? ['move', 'imports', 'statements'] : ['imports'];
}

function createdBy(p: Proposal): RelPath[] {
  return p.step.kind === 'move' ? [p.step.to] : p.step.kind === 'split' ? [p.step.to] : [];
}

/** What the draft cannot fix, one debt entry per rule and file (paths as the draft leaves them). */
function leftAsDebt(after: ValidationResult): DraftDebt[] {
  const byKey = new Map<string, { v: ValidationResult['violations'][number]; n: number }>();
  for (const v of after.violations) {
    if (!v.inScope || v.debt) continue;
    const key = `${v.rule}\0${v.file}`;
    const seen = byKey.get(key);
    if (seen) seen.n++;
    else byKey.set(key, { v, n: 1 });
  }
  return [...byKey.values()].map(({ v, n }) => ({ rule: v.rule, file: v.file, reason: `no step of the draft fixes it: ${v.message}${n > 1 ? ` (and ${n - 1} more)` : ''}` }));
}

function verifyProposal(documented: number): Proposal {
  const reason = documented === 0 ? 'No actionable violation left' : `No actionable violation left; ${documented} the draft cannot fix are documented as debt`;
  return { phase: 'verify', step: { kind: 'verify', expect: { actionable: 0 } }, reason, evidence: [] };
}
