import type { Expectation } from '../plan/types';
import type { RelPath } from '../workspace/paths';

/** A step of the draft; paths are root-relative (the writer makes them scope-relative). */
export type DraftStep =
  | { kind: 'header'; file: RelPath; set: Record<string, string>; tags?: string[] }
  | { kind: 'move'; from: RelPath; to: RelPath }
  | { kind: 'split'; file: RelPath; extract: { kinds: string[]; uses?: string[] } | string[]; to: RelPath }
  | { kind: 'rewrite-imports'; from: string; to?: RelPath; deferred?: string }
  | { kind: 'barrel'; dir: RelPath }
  | { kind: 'verify'; expect: Expectation };

/** What was seen that led to a proposal. */
export interface Evidence {
  rule?: string;
  file: RelPath;
  line: number;
  seen: string;
}

/** The draft's phases, in the seed's order. */
export const PHASES = [
  { key: 'headers', id: 'phase-1', title: 'Header Corrections' },
  { key: 'relocations', id: 'phase-2', title: 'File Relocations' },
  { key: 'splits', id: 'phase-3', title: 'File Splits' },
  { key: 'legacy-imports', id: 'phase-4', title: 'Legacy Import Updates' },
  { key: 'audiences', id: 'phase-5', title: 'Audience Corrections' },
  { key: 'barrels', id: 'phase-6', title: 'Init File Updates' },
  { key: 'verify', id: 'phase-7', title: 'Verification' },
] as const;
export type PhaseKey = (typeof PHASES)[number]['key'];

/** One proposed step, why, and what the gate made of it. */
export interface Proposal {
  phase: PhaseKey;
  step: DraftStep;
  reason: string;
  evidence: Evidence[];
  /** Set when the draft check dropped it: the gate's words. */
  dropped?: string;
  /** The proposal this one needs (a new file's header needs its split); dropped with it. */
  needs?: Proposal;
}

/** A debt entry the draft adds for what it cannot fix. */
export interface DraftDebt {
  rule: string;
  file: RelPath;
  reason: string;
}
