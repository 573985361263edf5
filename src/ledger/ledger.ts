import * as fs from 'node:fs';
import * as path from 'node:path';
import type { RelPath } from '../workspace/paths';

/** The ledger: one JSON line per applied phase, in the code base, never rewritten. */
export const LEDGER_FILE = '.remediate/ledger.jsonl';

/** One applied phase, as the report's changelog shows it. */
export interface LedgerRecord {
  /** ISO 8601, UTC. */
  time: string;
  plan: string;
  /** The plan file, relative to the code base root. */
  planFile: string;
  phase: { id: string; title: string };
  steps: { index: number; kind: string; description: string; status: string; files: RelPath[]; deferred?: string }[];
  /** Every path the phase wrote, renamed or deleted (a rename lists both paths). */
  files: RelPath[];
  moves: { from: RelPath; to: RelPath }[];
  /** Violations per category before and after the phase, and the actionable totals. */
  violations: { byRule: { rule: string; before: number; after: number }[]; actionableBefore: number; actionableAfter: number };
  /** The commit `run --commit` made for the phase. */
  commit?: string;
}

/**
 * Appends one record. The ledger is written outside the phase's atomic apply, after it succeeded:
 * the phase is already on disk, so a failure here loses a line of history, never code; and a single
 * small append leaves at worst a torn last line, which readLedger skips.
 */
export function appendLedger(root: string, record: LedgerRecord): void {
  const file = path.join(root, LEDGER_FILE);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.appendFileSync(file, JSON.stringify(record) + '\n');
}

/** The records of a code base, oldest first; none when it has no ledger. */
export function readLedger(root: string): LedgerRecord[] {
  let text: string;
  try {
    text = fs.readFileSync(path.join(root, LEDGER_FILE), 'utf8');
  } catch {
    return [];
  }
  return text.split('\n').flatMap((line) => {
    if (line.trim() === '') return [];
    try {
      return [JSON.parse(line) as LedgerRecord];
    } catch {
      return [];
    }
  });
}
