import type { PyTree } from '../../src/lang/python/roots';
import { dirOf, type RelPath } from '../../src/workspace/paths';

/** An in-memory tree of files (path → text), with folders implied by the files, as the overlay has them. */
export function memTree(files: Record<RelPath, string> | RelPath[]): PyTree {
  const texts: Record<RelPath, string> = Array.isArray(files) ? Object.fromEntries(files.map((f) => [f, ''])) : files;
  const dirs = new Set<RelPath>(['']);
  for (const f of Object.keys(texts)) for (let d = dirOf(f); !dirs.has(d); d = dirOf(d)) dirs.add(d);
  return {
    exists: (p) => Object.prototype.hasOwnProperty.call(texts, p),
    isDir: (p) => dirs.has(p),
    read: (p) => {
      if (!Object.prototype.hasOwnProperty.call(texts, p)) throw new Error(`no such file: ${p}`);
      return texts[p];
    },
    files: () => Object.keys(texts).sort(),
  };
}
