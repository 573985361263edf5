import picomatch from 'picomatch';
import type { EditKind, FrozenEntry, Plan } from '../plan/types';
import type { FileChange } from '../workspace/overlay';
import type { RelPath } from '../workspace/paths';
import { languageOf } from '../lang';
import { typescript } from '../lang/typescript';
import { firstForbiddenChange } from './compare';
import type { FrozenView } from '../lang/frozen-view';

/** A change a phase would make to a frozen file that its entry does not allow. */
export interface FrozenBreach {
  /** The file as the phase would leave it (its path on disk when the phase deletes it). */
  file: RelPath;
  tag: string;
  allow: EditKind[];
  /** The first forbidden change, as a phrase (`changes the statement at line 3: …`). */
  change: string;
}

/**
 * Checks a phase's changes against the plan's `frozen` entries; one breach per frozen file touched.
 * `moves` pairs a deleted file with where it went, for a file the change set shows as deleted and
 * added (one edited earlier in the phase, then moved).
 */
export function frozenBreaches(plan: Plan, changes: FileChange[], moves: { from: RelPath; to: RelPath }[] = []): FrozenBreach[] {
  if (plan.frozen.length === 0) return [];
  const entries = plan.frozen.map((e) => ({ entry: e, match: picomatch(e.files, { dot: true }) }));
  const views = new Map<string, FrozenView>();
  const view = (file: RelPath, text: string) => {
    const key = `${file}\0${text}`;
    if (!views.has(key)) views.set(key, languageOf(file)?.frozenView(file, text) ?? typescript.frozenView(file, text));
    return views.get(key)!;
  };
  const out: FrozenBreach[] = [];
  for (const change of changes) {
    if (change.before === null) continue;
    const c = asMove(change, changes, moves);
    const hit = entries.find((e) => e.match(c.from ?? c.path) || e.match(c.path))?.entry;
    if (!hit) continue;
    const breach = forbidden(hit, c, view, () => movedOut(changes, c, view));
    if (breach) out.push({ file: c.path, tag: hit.tag, allow: hit.allow, change: breach });
  }
  return out;
}

/** A deletion whose file the phase moved on is the rename it really is. */
function asMove(c: FileChange, changes: FileChange[], moves: { from: RelPath; to: RelPath }[]): FileChange {
  if (c.after !== null) return c;
  const to = moves.reduce((cur, m) => (cur === m.from ? m.to : cur), c.path);
  const added = changes.find((x) => x.path === to && x.before === null);
  return to !== c.path && added ? { ...added, from: c.path, before: c.before } : c;
}

type Viewer = (file: RelPath, text: string) => FrozenView;

function forbidden(entry: FrozenEntry, c: FileChange, view: Viewer, pool: () => Set<string>): string | undefined {
  if (c.after === null) return 'deletes it';
  if (c.from !== undefined && !entry.allow.includes('move')) return `moves it from ${c.from}`;
  const { movedKey } = languageOf(c.path) ?? typescript;
  return firstForbiddenChange(view(c.from ?? c.path, c.before!), view(c.path, c.after), entry.allow, entry.allow.includes('move') ? pool() : new Set(), movedKey);
}

/** Statements the phase adds to its other files: where declarations split out of a frozen file land. */
function movedOut(changes: FileChange[], self: FileChange, view: Viewer): Set<string> {
  const pool = new Set<string>();
  for (const c of changes) {
    if (c.path === self.path || c.after === null) continue;
    const had = new Set(c.before === null ? [] : view(c.from ?? c.path, c.before).statements.map((s) => s.text));
    const key = (languageOf(c.path) ?? typescript).movedKey;
    for (const s of view(c.path, c.after).statements) if (!had.has(s.text)) pool.add(key(s.text));
  }
  return pool;
}
