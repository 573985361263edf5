import type { FileChange } from '../workspace/overlay';
import type { RelPath } from '../workspace/paths';

/** Every path a change set writes, renames or deletes (a rename gives both paths), sorted. */
export function touchedPaths(changes: FileChange[]): RelPath[] {
  return [...new Set(changes.flatMap((c) => (c.from !== undefined ? [c.from, c.path] : [c.path])))].sort();
}
