import type { RelPath } from '../workspace/paths';
import type { TypeDiagnostic } from './diagnostic';

/**
 * The diagnostics of `after` that have no equal in `before`: equal means the same file (the file
 * before seen through the phase's moves), code and message, not the same line, which edits above it
 * shift. Multiplicity counts: a second identical error in a file is new.
 */
export function addedDiagnostics(before: TypeDiagnostic[], after: TypeDiagnostic[], movedTo: (p: RelPath) => RelPath): TypeDiagnostic[] {
  const key = (file: RelPath, d: TypeDiagnostic) => `${file}\0${d.code}\0${d.message}`;
  const pool = new Map<string, number>();
  for (const d of before) {
    const k = key(d.file === '' ? '' : movedTo(d.file), d);
    pool.set(k, (pool.get(k) ?? 0) + 1);
  }
  const added: TypeDiagnostic[] = [];
  for (const d of after) {
    const k = key(d.file, d);
    const left = pool.get(k) ?? 0;
    if (left > 0) pool.set(k, left - 1);
    else added.push(d);
  }
  return added;
}
