import type { SideResult } from './side';

// The Markdown pieces both benches' reports (TypeScript and Python) are written with.

/** One table row; a `|` inside a cell is escaped. */
export function row(cells: Array<string | number>): string {
  return `| ${cells.map((c) => String(c).replace(/\|/g, '\\|')).join(' | ')} |`;
}

/** A table: the head, its rule, the rows. */
export function table(head: string[], rows: Array<Array<string | number>>): string[] {
  return [row(head), row(head.map(() => '---')), ...rows.map(row)];
}

/** A side's wall clock in ms, or why there is none. */
export function ms(r: SideResult): string {
  return r.ok ? String(r.wallMs) : r.skipped ? 'skipped' : `failed: ${r.error}`;
}

/** A side's peak memory. */
export function mb(r: SideResult): string {
  return r.ok && r.maxRssMB !== undefined ? `${r.maxRssMB} MB` : '–';
}

/** peer / remediate wall clock, or undefined when either side failed. */
export function ratio(peer: SideResult, remediate: SideResult): number | undefined {
  return peer.ok && remediate.ok && remediate.wallMs ? peer.wallMs! / remediate.wallMs : undefined;
}

/** A ratio as `12.4x` (two decimals below 10). */
export function fmtRatio(r: number | undefined): string {
  return r === undefined ? '–' : `${r.toFixed(r < 10 ? 2 : 1)}x`;
}

/** A target's verdict: yes, NO, or n/a when it could not be measured. */
export function met(value: boolean | undefined): string {
  return value === undefined ? 'n/a' : value ? 'yes' : 'NO';
}
