import type { TextEdit } from './edits';
import type { PyModel } from './module';

/**
 * Edits that take names out of a module's literal `__all__`: an entry alone on its line goes with the
 * line, one among others with its comma.
 */
export function allEntryEdits(m: PyModel, names: Set<string>): TextEdit[] {
  const all = m.facts.declarations.find((d) => d.names.includes('__all__'));
  if (!all) return [];
  const edits: TextEdit[] = [];
  const text = m.text.slice(all.start, all.end);
  for (const match of text.matchAll(/(["'])([A-Za-z_][\w]*)\1/g)) {
    if (!names.has(match[2])) continue;
    const start = all.start + match.index!;
    const end = start + match[0].length;
    const lineStart = m.text.lastIndexOf('\n', start - 1) + 1;
    const lineEnd = m.text.indexOf('\n', end) + 1;
    const rest = m.text.slice(end, lineEnd).trim();
    if (m.text.slice(lineStart, start).trim() === '' && (rest === ',' || rest === '')) edits.push({ start: lineStart, end: lineEnd, text: '' });
    else edits.push(entryWithComma(m.text, start, end));
  }
  return edits;
}

/** `"A", ` (or `, "A"` for the last entry). */
function entryWithComma(text: string, start: number, end: number): TextEdit {
  const after = /^\s*,[ \t]*/.exec(text.slice(end));
  if (after) return { start, end: end + after[0].length, text: '' };
  const before = /,\s*$/.exec(text.slice(Math.max(0, start - 20), start));
  return { start: before ? start - before[0].length : start, end, text: '' };
}
