import { PyScanner, PyTok } from '../../lang/python/scanner';
import type { TextEdit } from '../text-edits';
import type { ChainRename } from './reference-edits';

/**
 * Edits renaming the uses of plainly imported modules in code: after `import a.b.events` became
 * `import c.loop_events`, `a.b.events.X` becomes `c.loop_events.X`. Found with the tokenizer, so
 * strings and comments are skipped; an attribute chain (`x.a.b`) is no use, and `skip` holds the
 * import statements (their module names are edited apart).
 */
export function dottedUseEdits(text: string, chains: ChainRename[], skip: [number, number][]): TextEdit[] {
  if (chains.length === 0) return [];
  const sorted = [...chains].sort((a, b) => b.from.length - a.from.length);
  const firsts = new Set(sorted.map((c) => c.from.split('.', 1)[0]));
  const edits: TextEdit[] = [];
  const s = new PyScanner();
  s.setText(text);
  let afterDot = false;
  for (s.next(); s.kind !== PyTok.EOF; ) {
    const start = s.start;
    if (s.kind !== PyTok.Name || afterDot || inside(skip, start) || !firsts.has(text.slice(s.start, s.end))) {
      afterDot = s.isOp(46 /* . */);
      s.next();
      continue;
    }
    const ends: number[] = [s.end];
    const names: string[] = [text.slice(s.start, s.end)];
    for (s.next(); s.isOp(46); ) {
      s.next();
      if (s.kind !== PyTok.Name) break;
      names.push(text.slice(s.start, s.end));
      ends.push(s.end);
      s.next();
    }
    afterDot = false;
    const edit = chainEdit(sorted, names, ends, start);
    if (edit) edits.push(edit);
  }
  return edits;
}

function chainEdit(chains: ChainRename[], names: string[], ends: number[], start: number): TextEdit | undefined {
  for (const c of chains) {
    const parts = c.from.split('.');
    if (parts.length > names.length || parts.some((p, k) => names[k] !== p)) continue;
    return { start, end: ends[parts.length - 1], text: c.to };
  }
  return undefined;
}

function inside(ranges: [number, number][], at: number): boolean {
  return ranges.some(([a, b]) => at >= a && at < b);
}
