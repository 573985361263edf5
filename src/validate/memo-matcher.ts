import type { ModuleMatcher } from '../workspace/module-pattern';
import type { RelPath } from '../workspace/paths';

/**
 * Caches a module matcher's answers by specifier and by resolved file: on a large tree the rules ask
 * about the same few thousand of each hundreds of thousands of times. A matcher tests the specifier
 * or the resolved path (module-pattern.ts), and `m(file, file)` is exactly its resolved-path half.
 */
export function memoMatcher(m: ModuleMatcher): ModuleMatcher {
  const bySpecifier = new Map<string, boolean>();
  const byFile = new Map<RelPath, boolean>();
  return (specifier, resolved) => {
    let hit = bySpecifier.get(specifier);
    if (hit === undefined) bySpecifier.set(specifier, (hit = m(specifier, undefined)));
    if (hit || resolved === undefined) return hit;
    let inFile = byFile.get(resolved);
    if (inFile === undefined) byFile.set(resolved, (inFile = m(resolved, resolved)));
    return inFile;
  };
}
