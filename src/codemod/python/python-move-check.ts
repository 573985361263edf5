import { StateError } from '../../errors';
import type { ImportIndex } from '../../workspace/import-index';
import type { RelPath } from '../../workspace/paths';
import type { Counterpart } from '../repoint';

/**
 * Checks the property a Python move or rewrite must keep, by re-indexing the staged tree: each file's
 * references still resolve to the counterparts of what they resolved to before (a `from` statement
 * the step sent to another package, in `reparented`, imports from there instead), and no reference
 * is newly broken. References pair up by target, not position: a split `from` statement adds one.
 */
export function assertPythonReferencesKept(
  before: ImportIndex,
  after: ImportIndex,
  files: RelPath[],
  counterpart: Counterpart,
  reparented: Map<RelPath, Set<number>>,
): void {
  const problems: string[] = [];
  for (const file of files) {
    const now = after.importsOf(counterpart(file));
    const have = new Map<string, number>();
    for (const r of now) if (r.resolved !== undefined) have.set(r.resolved, (have.get(r.resolved) ?? 0) + 1);
    const skip = reparented.get(file);
    for (const r of before.importsOf(file)) {
      if (r.resolved === undefined || (r.kind === 'from' && skip?.has(r.stmtStart))) continue;
      const want = counterpart(r.resolved);
      const n = have.get(want) ?? 0;
      if (n > 0) have.set(want, n - 1);
      else problems.push(`"${r.specifier}" in ${file}:${r.line} would no longer resolve to ${want}`);
    }
    const broken = (index: ImportIndex, f: RelPath) => index.importsOf(f).filter((r) => index.brokenReason(r) !== undefined).length;
    if (broken(after, counterpart(file)) > broken(before, file)) {
      const first = now.find((r) => after.brokenReason(r) !== undefined);
      problems.push(`${counterpart(file)}:${first?.line}: ${first && after.brokenReason(first)}`);
    }
  }
  if (problems.length === 0) return;
  const list = problems.slice(0, 5).join('; ') + (problems.length > 5 ? `; and ${problems.length - 5} more` : '');
  throw new StateError(`the step would change what Python imports resolve to: ${list}`);
}

/** Refuses (StateError) when a rewrite leaves a file with more broken references than it had. */
export function assertNoneBroken(before: ImportIndex, after: ImportIndex, files: RelPath[]): void {
  for (const file of files) {
    const broken = after.importsOf(file).filter((r) => after.brokenReason(r) !== undefined);
    if (broken.length <= before.importsOf(file).filter((r) => before.brokenReason(r) !== undefined).length) continue;
    throw new StateError(`the rewrite would break an import: ${file}:${broken[0].line}: ${after.brokenReason(broken[0])}`);
  }
}
