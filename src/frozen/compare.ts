import type { EditKind } from '../plan/types';
import type { FrozenStatement, FrozenView } from '../lang/frozen-view';

/**
 * The first difference between a frozen file's code before and after a phase that `allow` does not
 * permit, as one phrase; undefined when there is none. Under `move`, statements that left the file
 * and reappear unchanged in another file of the phase (a split) count as moved, not removed.
 */
export function firstForbiddenChange(
  before: FrozenView,
  after: FrozenView,
  allow: EditKind[],
  movedOut: Set<string>,
  key: (statement: string) => string,
): string | undefined {
  if (!allow.includes('header') && before.header.join('\n') !== after.header.join('\n')) {
    return `changes its header (${before.header.join('; ') || 'none'} → ${after.header.join('; ') || 'none'})`;
  }
  const keep = (s: FrozenStatement) => !(allow.includes('imports') && s.isImport);
  const a = after.statements.filter(keep);
  let b = before.statements.filter(keep);
  if (allow.includes('move')) {
    const left = new Set(a.map((s) => s.text));
    b = b.filter((s) => left.has(s.text) || !movedOut.has(key(s.text)));
  }
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (b[i]?.text === a[i]?.text) continue;
    const laterInAfter = b[i] !== undefined && a.slice(i).some((s) => s.text === b[i].text);
    if (b[i] === undefined || laterInAfter) return `adds a statement at line ${a[i].line}: ${snippet(a[i].source)}`;
    if (a[i] === undefined || b.slice(i).some((s) => s.text === a[i].text)) return `removes the statement at line ${b[i].line}: ${snippet(b[i].source)}`;
    const [was, now] = firstDifferentLines(b[i].text, a[i].text);
    return `changes the statement at line ${b[i].line}: ${snippet(was)} → ${snippet(now)}`;
  }
  return undefined;
}

/** The first line where two printed statements differ, from each. */
function firstDifferentLines(before: string, after: string): [string, string] {
  const b = before.split('\n');
  const a = after.split('\n');
  const k = b.findIndex((line, i) => line !== a[i]);
  const at = k < 0 ? b.length : k;
  return [(b[at] ?? '').trim(), (a[at] ?? '').trim()];
}

function snippet(line: string): string {
  return `\`${line.length > 60 ? `${line.slice(0, 57)}...` : line}\``;
}
