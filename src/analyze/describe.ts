import type { DraftStep, Proposal } from './types';
import type { Draft } from './draft';

/** A step in one line, as a plan author reads it. */
export function describeStep(s: DraftStep): string {
  switch (s.kind) {
    case 'header':
      return `header ${s.file}: ${Object.entries(s.set).map(([k, v]) => `${k}: ${v}`).join(', ')}${s.tags ? ` [${s.tags.join(', ')}]` : ''}`;
    case 'move':
      return `move ${s.from} → ${s.to}`;
    case 'split':
      if (Array.isArray(s.extract)) return `split ${s.file} [${s.extract.join(', ')}] → ${s.to}`;
      return `split ${s.file} (kinds: ${s.extract.kinds.join(', ')}${s.extract.uses ? `; uses: ${s.extract.uses.join(', ')}` : ''}) → ${s.to}`;
    case 'rewrite-imports':
      return s.to === undefined ? `rewrite-imports ${s.from}: deferred` : `rewrite-imports ${s.from} → ${s.to}`;
    case 'barrel':
      return `barrel ${s.dir}`;
    case 'verify':
      return `verify: expect ${JSON.stringify(s.expect)}`;
  }
}

/** The text summary `analyze` prints: each proposal under its phase, dropped ones with the gate's words. */
export function renderDraftText(draft: Draft, written?: string): string {
  const lines: string[] = [];
  let phase = '';
  for (const p of draft.proposals) {
    if (p.phase !== phase) lines.push(`${(phase = p.phase)}:`);
    lines.push(`  ${p.dropped ? 'dropped' : 'kept   '}  ${describeStep(p.step)} — ${p.reason}`);
    if (p.dropped) lines.push(`           ${p.dropped}`);
  }
  if (!draft.proposals.length) lines.push('nothing to propose: no phase drafted');
  for (const d of draft.debt) lines.push(`debt added: ${d.rule} ${d.file} — ${d.reason}`);
  const debtNote = draft.actionableAfter ? ` (documented as debt above)` : '';
  lines.push(`actionable violations: ${draft.actionableBefore} now, ${draft.actionableAfter} after the draft${debtNote}`);
  if (written) lines.push(`draft written to ${written}`);
  return lines.join('\n') + '\n';
}

/** The `--json` document: each proposal with its evidence and whether the gate kept it. */
export function renderDraftJson(draft: Draft, written?: string): object {
  return {
    out: written ?? null,
    actionable: { before: draft.actionableBefore, after: draft.actionableAfter },
    proposals: draft.proposals.map((p: Proposal) => ({ phase: p.phase, step: p.step, reason: p.reason, evidence: p.evidence, kept: !p.dropped, ...(p.dropped ? { dropped: p.dropped } : {}) })),
    debt: draft.debt,
    ...(written ? {} : { draft: draft.text }),
  };
}
