import type { ResolvedImport } from '../workspace/import-index';
import type { RelPath } from '../workspace/paths';

/** A split's one-line summary, the same in every language: what moved, what came along, how many importers followed. */
export function splitSummary(file: RelPath, to: RelPath, moved: string[], along: string[], importers: number): string {
  const withAlong = along.length ? ` (with ${along.join(', ')}, needed at run time)` : '';
  return `${file}: moved ${moved.join(', ')}${withAlong} to ${to}; ${importers} importer${importers === 1 ? '' : 's'} updated`;
}

/** Import records grouped by the file they are in, in the order given. */
export function byFile(records: ResolvedImport[]): Map<RelPath, ResolvedImport[]> {
  const out = new Map<RelPath, ResolvedImport[]>();
  for (const r of records) out.set(r.file, [...(out.get(r.file) ?? []), r]);
  return out;
}
