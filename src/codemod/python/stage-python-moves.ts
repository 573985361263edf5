import { languageOf } from '../../lang';
import { moduleNameOf } from '../../lang/python/module-names';
import type { PythonSettings } from '../../lang/python/roots';
import type { ImportIndex } from '../../workspace/import-index';
import type { RelPath } from '../../workspace/paths';
import type { Workspace } from '../../workspace/workspace';
import { applyEdits } from '../text-edits';
import { entryPointEdits } from './entry-points';
import { importerEdits } from './importer-edits';
import { createdInits } from './init-files';
import { nonLiteralImports, stringMentions, textMentions, type Renamed } from './listings';
import { isBelow, parentModule, prefixRename, type ModuleRename } from './module-names';
import { assertImportableTarget, assertNoNameClash, finalTree } from './move-refusals';
import { assertPythonReferencesKept } from './python-move-check';
import type { PyRef } from './reference-edits';

/** The Python side of staged moves, computed before anything is written. */
export interface PythonMoveEdits {
  /** New texts of Python importers and pyproject.toml files, by path before the moves. */
  texts: Map<RelPath, string>;
  /** Package `__init__.py` files to create once the files have moved. */
  created: Map<RelPath, string>;
  /** References listed, not rewritten (file:line). */
  notes: string[];
  /** Re-indexes the staged tree and refuses (StateError) when a reference lost its target. */
  check(ws: Workspace): void;
}

const isPython = (f: RelPath) => languageOf(f)?.id === 'python';

/**
 * Plans what the moves (`moved`: original → final path) change in Python code: every reference to a
 * moved module renamed in its importer's style, moved modules' relative imports recomputed, plain
 * imports' dotted uses and `__all__` entries followed, pyproject.toml entry points rewritten, other
 * mentions listed. Refuses (StateError) a target with no valid module name or one that clashes.
 * Undefined when no Python module moves.
 */
export function pythonMoveEdits(ws: Workspace, before: ImportIndex, moved: Map<RelPath, RelPath>): PythonMoveEdits | undefined {
  const pyMoves = [...moved].filter(([from]) => isPython(from));
  if (pyMoves.length === 0) return undefined;
  const settings = ws.settingsOf<PythonSettings>('python');
  const pairs = movedModules(pyMoves, settings, finalTree(ws.overlay, moved));
  const rename = prefixRename(pairs);
  const counterpart = (p: RelPath) => moved.get(p) ?? p;
  const pythonFiles = before.files().filter(isPython);
  const { texts, reparented, notes } = importerPass(ws, before, pythonFiles, { pairs, rename, counterpart, settings });
  const others = ws.overlay.files().filter((f) => !isPython(f));
  for (const file of others.filter((f) => /(^|\/)pyproject\.toml$/.test(f))) {
    const edits = entryPointEdits(ws.overlay.read(file), rename);
    if (edits.length) texts.set(file, applyEdits(ws.overlay.read(file), edits));
  }
  notes.push(...textMentions(others, (f) => texts.get(f) ?? ws.overlay.read(f), outermost(pairs)), ...staleStubs(ws, pyMoves, moved));
  return {
    texts,
    created: createdInits(ws.overlay, moved, settings),
    notes,
    check: (staged) => assertPythonReferencesKept(before, staged.index(), pythonFiles, counterpart, reparented),
  };
}

/** Old module name → new, for every moved Python file; refuses targets with no valid or a clashing module name. */
function movedModules(pyMoves: [RelPath, RelPath][], settings: PythonSettings, exists: (p: RelPath) => boolean): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const [from, to] of pyMoves) {
    assertImportableTarget(from, to, settings);
    assertNoNameClash(from, to, exists);
    const [o, n] = [moduleNameOf(from, settings), moduleNameOf(to, settings)];
    if (o !== undefined && n !== undefined && o !== n) pairs.set(o, n);
  }
  return pairs;
}

interface MoveRenames {
  pairs: Map<string, string>;
  rename: ModuleRename;
  counterpart: (p: RelPath) => RelPath;
  settings: PythonSettings;
}

/**
 * Rewrites every Python file that names a moved module, moves itself, or is the `__init__.py` of a
 * moved module's package; lists the other strings and the computed imports of every Python file.
 */
function importerPass(ws: Workspace, before: ImportIndex, pythonFiles: RelPath[], m: MoveRenames) {
  const texts = new Map<RelPath, string>();
  const reparented = new Map<RelPath, Set<number>>();
  const notes: string[] = [];
  const renamed = outermost(m.pairs);
  const parents = new Set([...m.pairs.keys()].map(parentModule));
  for (const file of pythonFiles) {
    const refs = before.importsOf(file) as unknown as PyRef[];
    const text = ws.overlay.read(file);
    const newFile = m.counterpart(file);
    const isParent = /(^|\/)__init__\.pyi?$/.test(file) && parents.has(moduleNameOf(file, m.settings) ?? '');
    if (newFile !== file || isParent || refs.some((r) => m.rename(r.specifier) !== undefined)) {
      const result = importerEdits({ file, newFile, text, refs, settings: m.settings, rename: m.rename, style: 'keep' }, true);
      if (result.edits.length) texts.set(file, applyEdits(text, result.edits));
      if (result.reparented.size) reparented.set(file, result.reparented);
      notes.push(...result.notes);
    }
    const rewritten = new Set(refs.filter((r) => r.kind === 'mock' || r.kind === 'dynamic').map((r) => r.start));
    notes.push(...stringMentions(newFile, text, renamed, rewritten), ...nonLiteralImports(newFile, text));
  }
  return { texts, reparented, notes };
}

/** A `.pyi` stub left behind by its module: type checkers would go on reading it at the old name. */
function staleStubs(ws: Workspace, pyMoves: [RelPath, RelPath][], moved: Map<RelPath, RelPath>): string[] {
  return pyMoves
    .filter(([from]) => from.endsWith('.py') && ws.overlay.exists(from + 'i') && !moved.has(from + 'i'))
    .map(([from, to]) => `${from}i: stub of ${from}, which moves to ${to}, stays (not moved)`);
}

/** The renamed modules the listings look for: the outermost of each move (a package, not each module in it). */
function outermost(pairs: Map<string, string>): Renamed[] {
  const olds = [...pairs.keys()];
  return olds.filter((o) => !olds.some((p) => p !== o && isBelow(o, p))).map((o) => ({ from: o, to: pairs.get(o)! }));
}
