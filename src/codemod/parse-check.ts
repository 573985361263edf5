import { StateError } from '../errors';
import { languageOf } from '../lang';
import type { RelPath } from '../workspace/paths';

/**
 * Refuses (StateError) when any of the files does not parse: its imports were found by a lexer, and
 * editing a file whose syntax is broken could put a specifier in the wrong place.
 */
export function assertParses(files: Iterable<{ path: RelPath; text: string }>, what: string): void {
  const bad: string[] = [];
  for (const f of files) {
    const err = languageOf(f.path)?.syntaxError(f.path, f.text);
    if (err !== undefined) bad.push(`${f.path}:${err}`);
  }
  if (bad.length === 0) return;
  const list = bad.slice(0, 5).join('; ') + (bad.length > 5 ? `; and ${bad.length - 5} more` : '');
  throw new StateError(`${what}: ${bad.length === 1 ? 'a file it must edit does not parse' : `${bad.length} files it must edit do not parse`}: ${list}`);
}
