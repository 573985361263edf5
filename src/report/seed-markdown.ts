import type { StatusWord } from '../status/types';

const MARK: Record<StatusWord, string> = { DONE: '✅', PARTIAL: '✅', TODO: '⬜', DEFERRED: '⬜', UNKNOWN: '❔' };

/** A markdown table; `|` and line breaks in cells are escaped so a cell never breaks the table. */
export function mdTable(head: string[], rows: string[][]): string {
  const cell = (c: string) => c.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(head), `|${head.map((h) => '-'.repeat(h.length + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/** A status as the seed writes it: `✅ DONE`, `⬜ TODO`, `⬜ DEFERRED` (PARTIAL keeps the seed's ✅). */
export function statusCell(word: StatusWord): string {
  return `${MARK[word]} ${word}`;
}

/** `code` span, safe for backticks in the text. */
export function code(text: string): string {
  return text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``;
}
