import { StateError } from '../errors';
import type { Overlay } from '../workspace/overlay';
import { isWithin, joinRel, normalizeRel, type RelPath } from '../workspace/paths';

/** One file's move. */
export interface FileMove {
  from: RelPath;
  to: RelPath;
}

/** A requested move of a file or a folder, as a plan step states it. */
export interface MoveRequest {
  from: RelPath;
  to: RelPath;
}

/** One request, expanded. */
export interface PlannedStep {
  /** File moves in path order, with paths as the tree stands when this request runs. */
  files: FileMove[];
  /** Where each of those files was before the first request (same order). */
  origins: RelPath[];
  /** The source is gone and the target exists: nothing to do. */
  alreadyDone: boolean;
}

/** Moves planned together: each request expanded to file moves, and where every file ends up. */
export interface MovePlan {
  /** Per request, in order. */
  steps: PlannedStep[];
  /** Original path → final path, for every file that ends up somewhere else. */
  counterpart: Map<RelPath, RelPath>;
}

/**
 * Expands file and folder moves into file moves, in order, against the tree as the earlier moves
 * leave it, refusing (StateError) what cannot be done: a missing source, an existing target, two
 * moves onto one target, a folder into itself, a path outside root. A request whose source is gone
 * and whose target exists is taken as already done, so a plan that ran once runs again as a no-op.
 */
export function planMoves(overlay: Overlay, requests: MoveRequest[]): MovePlan {
  const tree = new VirtualTree(overlay.files());
  const targetOf = new Map<RelPath, string>();
  const steps = requests.map((req): PlannedStep => {
    const from = inside(req.from);
    const to = inside(req.to);
    const sources = tree.under(from);
    if (sources.length === 0) {
      if (tree.under(to).length > 0) return { files: [], origins: [], alreadyDone: true };
      throw new StateError(`nothing to move: ${from} is neither a file nor a folder`);
    }
    if (to === from) throw new StateError(`${from} would move onto itself`);
    const isFolder = !tree.has(from);
    if (isFolder && isWithin(to, from)) throw new StateError(`cannot move folder ${from} into itself (${to})`);
    refuseTaken(tree, targetOf, from, to);
    const files = sources.map((f) => ({ from: f, to: isFolder ? joinRel(to, f.slice(from.length + 1)) : to }));
    const origins = files.map((m) => tree.move(m.from, m.to));
    targetOf.set(to, from);
    return { files, origins, alreadyDone: false };
  });
  return { steps, counterpart: tree.counterparts() };
}

function inside(p: RelPath): RelPath {
  const norm = normalizeRel(p);
  if (norm === undefined) throw new StateError(`path outside root refused: "${p}"`);
  if (norm === '') throw new StateError('the root folder itself cannot be moved');
  return norm;
}

function refuseTaken(tree: VirtualTree, targetOf: Map<RelPath, string>, from: RelPath, to: RelPath): void {
  if (tree.under(to).length === 0) return;
  const earlier = targetOf.get(to); // only while it still holds what that earlier move put there
  if (earlier !== undefined) throw new StateError(`two moves onto one target: ${from} and ${earlier} both move to ${to}`);
  if (tree.has(to)) throw new StateError(`target exists: ${to}`);
  const hint = tree.has(from) ? ` (to move ${from} into it, give the full path: ${joinRel(to, from.split('/').pop() ?? '')})` : '';
  throw new StateError(`target exists: ${to} is a folder${hint}`);
}

/** The file list as the moves so far leave it, remembering where each moved file started. */
class VirtualTree {
  private readonly files: Set<RelPath>;
  /** Current path → original path, for moved files. */
  private readonly origin = new Map<RelPath, RelPath>();

  constructor(files: RelPath[]) {
    this.files = new Set(files);
  }

  has(p: RelPath): boolean {
    return this.files.has(p);
  }

  /** The file `p`, or every file below the folder `p`, sorted. */
  under(p: RelPath): RelPath[] {
    if (this.files.has(p)) return [p];
    const prefix = p + '/';
    return [...this.files].filter((f) => f.startsWith(prefix)).sort();
  }

  /** Moves a file and returns where it started. */
  move(from: RelPath, to: RelPath): RelPath {
    const start = this.origin.get(from) ?? from;
    this.files.delete(from);
    this.origin.delete(from);
    this.files.add(to);
    this.origin.set(to, start);
    return start;
  }

  counterparts(): Map<RelPath, RelPath> {
    const out = new Map<RelPath, RelPath>();
    for (const [now, start] of this.origin) if (now !== start) out.set(start, now);
    return out;
  }
}
