import type { ResolvedImport } from '../workspace/import-index';

/** A replacement of `text.slice(start, end)`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** Applies non-overlapping edits back to front, so the offsets recorded on the original text stay valid. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** The edit that swaps an import's specifier, leaving its quotes (and everything else) untouched. */
export function specifierEdit(imp: Pick<ResolvedImport, 'start' | 'end'>, specifier: string): TextEdit {
  return { start: imp.start + 1, end: imp.end - 1, text: specifier };
}
