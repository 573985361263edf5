import type { Plan } from '../plan/types';
import { isWithin, type RelPath } from '../workspace/paths';
import { folderGlob } from '../workspace/folder-glob';
import { memoize } from '../workspace/memoize';

/** Layer and audience lookups for a plan, with its globs compiled once. */
export interface Classifier {
  layerOf(file: RelPath): string | undefined;
  audienceOf(file: RelPath): string | undefined;
}

const cache = new WeakMap<Plan, Classifier>();

/**
 * The plan's layer reference (first match wins) and audience folders (deepest wins). Both are pure
 * functions of the path, so answers are memoised: boundary rules ask about every import's target,
 * which on a large tree is the same few thousand files asked about hundreds of thousands of times.
 */
export function classifier(plan: Plan): Classifier {
  let c = cache.get(plan);
  if (!c) {
    const layers = plan.layers.map((l) => ({ id: l.id, globs: l.paths.map(folderGlob) }));
    const audiences = Object.entries(plan.audiences).sort(([, a], [, b]) => b.length - a.length);
    c = {
      layerOf: memoize((file) => {
        const folder = file.slice(0, Math.max(0, file.lastIndexOf('/')));
        return layers.find((l) => l.globs.some((g) => g(file, folder)))?.id;
      }),
      audienceOf: memoize((file) => audiences.find(([, dir]) => isWithin(file, dir))?.[0]),
    };
    cache.set(plan, c);
  }
  return c;
}

