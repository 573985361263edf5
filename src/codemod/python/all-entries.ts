import { PyScanner, PyTok } from '../../lang/python/scanner';

/** One plain string entry of a module's `__all__`, with the offsets of its value (inside the quotes). */
export interface AllEntry {
  value: string;
  start: number;
  end: number;
}

/** The plain string entries of top-level `__all__ = [...]` / `__all__ += [...]` statements. */
export function allEntries(text: string): AllEntry[] {
  if (!text.includes('__all__')) return [];
  const out: AllEntry[] = [];
  const s = new PyScanner();
  s.setText(text);
  for (s.next(); s.kind !== PyTok.EOF; ) {
    if (!(s.lineStart && s.indent === 0 && s.isWord('__all__'))) {
      s.next();
      continue;
    }
    s.next();
    if (s.isOp(43 /* + */)) s.next();
    if (!s.isOp(61 /* = */)) continue;
    s.next();
    if (!s.isOp(91 /* [ */) && !s.isOp(40 /* ( */)) continue;
    for (s.next(); !atEnd(s); s.next()) {
      if (s.kind === PyTok.String) {
        const entry = plainString(text, s.start, s.end);
        if (entry) out.push(entry);
      }
    }
  }
  return out;
}

/** A string literal without prefix or escapes, as its value and the offsets of that value. */
export function plainString(text: string, start: number, end: number): AllEntry | undefined {
  const q = text.charCodeAt(start);
  if (q !== 39 && q !== 34) return undefined;
  const triple = text.charCodeAt(start + 1) === q && text.charCodeAt(start + 2) === q && end - start >= 6;
  const width = triple ? 3 : 1;
  const value = text.slice(start + width, end - width);
  if (value.includes('\\')) return undefined;
  return { value, start: start + width, end: end - width };
}

/** The end of the text, or the bracket closing the entries. */
function atEnd(s: PyScanner): boolean {
  return s.kind === PyTok.EOF || (s.depth === 0 && s.kind === PyTok.Op);
}
