import { spawnSync } from 'child_process';
import * as path from 'path';
import { PyLexResult } from '../../src/lang/python/imports';

/**
 * Renders lexPythonImports' result in oracle.py's format (one string per record, positions as
 * line:col), sorted by position, so the two sides compare as arrays of strings.
 */
export function renderLexed(text: string, result: PyLexResult): string[] {
  const pos = positions(text);
  const out = result.imports.map((r) => {
    const extra = r.namespace !== undefined ? ` ns=${r.namespace}` : r.star ? ' star' : r.names ? ' names=' + r.names.map((n) => n.name + (n.alias !== undefined ? '>' + n.alias : '')).join(',') : '';
    return `${r.line}:${r.column} ${r.kind} ${r.specifier} ${r.typeOnly ? 'T' : '-'} stmt=${pos(r.stmtStart)}-${pos(r.stmtEnd)}${extra}`;
  });
  for (const d of result.nonLiteral) out.push(`${d.line}:${d.column} nonliteral ${d.call}`);
  return sortByPosition(out);
}

/** 'line:col' of an offset (LF, CRLF and CR end lines; line 1 starts after a byte order mark). */
function positions(text: string): (offset: number) => string {
  const starts = [text.charCodeAt(0) === 0xfeff ? 1 : 0];
  for (const m of text.matchAll(/\r\n|\r|\n/g)) starts.push(m.index! + m[0].length);
  return (offset) => {
    let [lo, hi] = [0, starts.length - 1];
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return `${lo + 1}:${offset - starts[lo] + 1}`;
  };
}

/** Sorts rendered records by their leading line:col, then by text. */
export function sortByPosition(records: string[]): string[] {
  const key = (r: string): number[] => r.split(' ', 1)[0].split(':').map(Number);
  return records.sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    return ka[0] - kb[0] || ka[1] - kb[1] || (a < b ? -1 : a > b ? 1 : 0);
  });
}

export type OracleAnswer = { skip: string } | { records: string[] };

/** Runs oracle.py (Python's ast) over all `texts` in one python3 process. */
export function runOracle(texts: string[]): OracleAnswer[] {
  const run = spawnSync('python3', [path.join(__dirname, 'oracle.py')], { input: JSON.stringify(texts), maxBuffer: 1 << 30, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`oracle.py failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as OracleAnswer[];
}

/** The differences between the lexer's and the oracle's records for one text, as `name:line` lines. */
export function differences(name: string, lexed: string[], oracle: string[]): string[] {
  const out: string[] = [];
  const remaining = new Map<string, number>();
  for (const r of oracle) remaining.set(r, (remaining.get(r) ?? 0) + 1);
  for (const r of lexed) {
    const n = remaining.get(r) ?? 0;
    if (n > 0) remaining.set(r, n - 1);
    else out.push(`${name}:${r.split(':', 1)[0]} lexer only: ${r}`);
  }
  for (const [r, n] of remaining) for (let i = 0; i < n; i++) out.push(`${name}:${r.split(':', 1)[0]} oracle only: ${r}`);
  return out;
}
