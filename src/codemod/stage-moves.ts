import { StateError } from '../errors';
import { languageOf } from '../lang';
import type { ImportIndex } from '../workspace/import-index';
import { isSourceFile, type RelPath } from '../workspace/paths';
import type { Workspace } from '../workspace/workspace';
import { configEdits } from './config-refs';
import { describeMisdirected, misdirectedImports, redirectEdits } from './move-check';
import { moveMentionNotes } from './move-mentions';
import { planMoves, type FileMove, type MoveRequest } from './move-plan';
import { assertParses } from './parse-check';
import { affectedFiles, importTarget, repointEdits, type Counterpart } from './repoint';
import { applyEdits } from './text-edits';

/** What one move request did once staged. */
export interface StagedMove {
  /** The file moves, as the request saw the tree. */
  moves: FileMove[];
  /** Staged paths of the other files whose imports were updated for these moves. */
  importers: RelPath[];
  /** Staged paths of the configuration files (tsconfig, package.json, Jest) updated for these moves. */
  configs: RelPath[];
  /** Places still naming what moved, left unchanged (`README.md:3 still names src/a/x.ts (now src/c/y.ts); left unchanged`). */
  notes: string[];
  alreadyDone: boolean;
}

const WHAT = 'cannot update imports';

/**
 * Stages moves planned together: the tree's index before the moves says what every import names;
 * the files move, and each affected file is edited once (specifiers only, at the lexer's offsets).
 * The staged tree is re-indexed to prove every import still names the counterpart of its old target;
 * an import the moves shadowed is repointed once more, and one that still misses is refused. The
 * configuration files that name a moved file or folder are rewritten (config-refs.ts); the other text
 * files still naming one are listed in `notes` (all but `unmentioned` ones, such as the plan itself).
 */
export function stageMoves(ws: Workspace, requests: MoveRequest[], unmentioned: (file: RelPath) => boolean = () => false): StagedMove[] {
  const plan = planMoves(ws.overlay, requests);
  const counterpart: Counterpart = (p) => plan.counterpart.get(p) ?? p;
  const before = ws.index();
  const texts = new Map<RelPath, string>();
  for (const file of affectedFiles(before, ws.overlay, plan.counterpart)) {
    if (!isSourceFile(file)) continue;
    const edits = repointEdits(ws.overlay, ws.settings, before.importsOf(file), counterpart);
    if (edits.length) texts.set(file, applyEdits(ws.overlay.read(file), edits));
  }
  // Python's references (imports, dotted uses, patch strings, entry points) are edited by the Python side.
  // The Python side loads only when a Python file moves (most trees never need it).
  const python = [...plan.counterpart.keys()].some((f) => languageOf(f)?.id === 'python')
    ? (require('./python/stage-python-moves') as typeof import('./python/stage-python-moves')).pythonMoveEdits(ws, before, plan.counterpart)
    : undefined;
  for (const [file, text] of python?.texts ?? []) texts.set(file, text);
  assertParses([...texts.keys()].map((path) => ({ path, text: ws.overlay.read(path) })), WHAT);
  const configs = configEdits(ws.overlay, plan.counterpart);
  const importers = plan.steps.map((step) => importersOf(before, ws, new Set(step.origins), texts).map(counterpart));
  // Moving before writing keeps each moved file a rename of its disk file in the change set.
  for (const step of plan.steps) for (const m of step.files) ws.overlay.move(m.from, m.to);
  for (const [file, text] of texts) ws.overlay.write(counterpart(file), text);
  for (const [file, edits] of configs) ws.overlay.write(counterpart(file), applyEdits(ws.overlay.read(counterpart(file)), edits));
  for (const [file, text] of python?.created ?? []) ws.overlay.write(file, text);
  python?.check(ws);
  const redirected = plan.counterpart.size ? settle(ws, before, counterpart) : [];
  const last = importers[importers.length - 1];
  const extra = [...redirected, ...(python?.created.keys() ?? []), ...[...(python?.texts.keys() ?? [])].filter((f) => !languageOf(f))];
  if (last) last.push(...extra.filter((f) => !last.includes(f)));
  const notes = plan.counterpart.size ? moveMentionNotes(ws.overlay, before, plan, requests, unmentioned) : plan.steps.map(() => []);
  if (python?.notes.length) notes[notes.length - 1] = [...notes[notes.length - 1], ...python.notes];
  const configFiles = [...configs.keys()].map(counterpart);
  return plan.steps.map((step, i) => ({
    moves: step.files, importers: importers[i], configs: i === plan.steps.length - 1 ? configFiles : [], notes: notes[i], alreadyDone: step.alreadyDone,
  }));
}

/** Files not among `origins` whose imports of one of them were edited (asked before anything moves). */
function importersOf(before: ImportIndex, ws: Workspace, origins: Set<RelPath>, edited: Map<RelPath, string>): RelPath[] {
  return [...edited.keys()].filter(
    (f) => !origins.has(f) && before.importsOf(f).some((imp) => origins.has(importTarget(ws.overlay, imp) ?? '')),
  );
}

/** Re-indexes the staged tree and repairs shadowed imports once; returns the files it edited. */
function settle(ws: Workspace, before: ImportIndex, counterpart: Counterpart): RelPath[] {
  // Python references were checked by the Python side: the repair below writes TypeScript specifiers.
  const isTs = (m: { imp: { file: RelPath } }) => languageOf(m.imp.file)?.id !== 'python';
  const found = misdirectedImports(before, ws.index(), counterpart).filter(isTs);
  if (found.length === 0) return [];
  const edits = redirectEdits(ws.settings, found);
  assertParses([...edits.keys()].map((path) => ({ path, text: ws.overlay.read(path) })), WHAT);
  for (const [file, list] of edits) ws.overlay.write(file, applyEdits(ws.overlay.read(file), list));
  const left = misdirectedImports(before, ws.index(), counterpart).filter(isTs);
  if (left.length) throw new StateError(`the moves would change what imports resolve to: ${describeMisdirected(left)}`);
  return [...edits.keys()];
}
