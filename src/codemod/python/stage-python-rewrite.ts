import picomatch from 'picomatch';
import { StateError } from '../../errors';
import { languageOf } from '../../lang';
import { python } from '../../lang/python';
import { moduleNameOf } from '../../lang/python/module-names';
import type { PythonReferences } from '../../lang/python/references';
import type { PythonSettings } from '../../lang/python/roots';
import type { Overlay } from '../../workspace/overlay';
import { joinRel, type RelPath } from '../../workspace/paths';
import type { Workspace } from '../../workspace/workspace';
import type { RewriteRequest } from '../import-rewrite';
import { assertParses } from '../parse-check';
import { applyEdits } from '../text-edits';
import { definedNames } from './defined-names';
import { importerEdits } from './importer-edits';
import { isBelow, type ModuleRename } from './module-names';
import { assertNoneBroken } from './python-move-check';
import type { PyRef } from './reference-edits';

/** The Python file or package a rewrite-imports `to` names (`schemas/loop_events`, `…/loop_events.py`, a package folder), if any. */
export function pythonTarget(overlay: Overlay, to: RelPath): RelPath | undefined {
  const candidates = /\.pyi?$/.test(to) ? [to] : [`${to}.py`, `${to}.pyi`, joinRel(to, '__init__.py'), joinRel(to, '__init__.pyi')];
  const file = candidates.find((c) => overlay.exists(c));
  if (file !== undefined) return file;
  const prefix = to + '/';
  return overlay.isDir(to) && overlay.files().some((f) => f.startsWith(prefix) && /^[^/]+\.pyi?$/.test(f.slice(prefix.length))) ? joinRel(to, '__init__.py') : undefined;
}

/**
 * Stages rewrite-imports on Python importers: each reference whose module matches `from` is renamed
 * to the corresponding module at `to` (`from.x` → `to.x` for a plain dotted pattern; every match
 * means `to` otherwise), written relative when the importer's other imports are, absolute otherwise.
 * Refuses a counterpart that is no module, and a from-imported name the counterpart does not define.
 */
export function stagePythonRewrite(ws: Workspace, req: RewriteRequest, target: RelPath): { file: RelPath; count: number }[] {
  const settings = ws.settingsOf<PythonSettings>('python');
  const toModule = moduleNameOf(target, settings);
  if (toModule === undefined) throw new StateError(`"to" ${req.to} has no Python module name under the import roots (${settings.roots.map((r) => r || '.').join(', ')})`);
  const index = ws.index();
  const resolver = (index.referencesOf(python) as PythonReferences).resolver;
  const rename = renameFor(req.from, toModule, ws, resolver);
  const covers = req.files?.length ? picomatch(req.files, { dot: true }) : () => true;
  const texts = new Map<RelPath, { text: string; count: number }>();
  for (const file of index.files()) {
    if (languageOf(file)?.id !== 'python' || !covers(file)) continue;
    const refs = index.importsOf(file) as unknown as PyRef[];
    const matched = refs.filter((r) => rename(r.specifier) !== undefined);
    if (matched.length === 0) continue;
    const text = ws.overlay.read(file);
    const relative = refs.some((r) => r.kind === 'from' && !matched.includes(r) && text.charCodeAt(r.start) === 46);
    const result = importerEdits({ file, newFile: file, text, refs, settings, rename, style: relative ? 'relative' : 'absolute' }, false);
    for (const r of matched) assertCounterpart(r, rename(r.specifier)!, resolver, req);
    for (const { ref, module } of result.fromRewrites) assertNamesDefined(ws, ref, module, refs, resolver);
    if (result.edits.length) texts.set(file, { text: applyEdits(text, result.edits), count: result.count });
  }
  assertParses([...texts.keys()].map((path) => ({ path, text: ws.overlay.read(path) })), 'cannot rewrite imports');
  for (const [file, { text }] of texts) ws.overlay.write(file, text);
  assertNoneBroken(index, ws.index(), [...texts.keys()]);
  return [...texts].map(([file, { count }]) => ({ file, count }));
}

/**
 * The rename of a rewrite: a plain dotted prefix keeps what lies below it; a glob or path pattern means
 * `to` itself, for the longest module of the name (a patch target keeps its attribute).
 */
function renameFor(from: string, toModule: string, ws: Workspace, resolver: PythonReferences['resolver']): ModuleRename {
  const plain = !from.includes('/') && !from.includes('*');
  const matches = python.moduleMatcher(from, ws);
  return (module) => {
    if (isBelow(module, toModule)) return undefined; // already there: a second run changes nothing
    if (plain) return isBelow(module, from) ? toModule + module.slice(from.length) : undefined;
    const found = resolver.longestModulePrefix(module);
    if (found && matches(found.module, found.file)) return toModule + module.slice(found.module.length);
    return matches(module, resolver.resolve(module)) ? toModule : undefined;
  };
}

function assertCounterpart(ref: PyRef, module: string, resolver: PythonReferences['resolver'], req: RewriteRequest): void {
  const found = ref.kind === 'mock' ? resolver.longestModulePrefix(module) : resolver.resolve(module) ?? (resolver.isNamespacePackage(module) || undefined);
  if (found === undefined) throw new StateError(`"${ref.specifier}" in ${ref.file}:${ref.line} matches ${req.from}, but ${module} (under ${req.to}) is no module`);
}

/** Refuses `from M import N` when the counterpart module does not define N (nor has a submodule N). */
function assertNamesDefined(ws: Workspace, ref: PyRef, module: string, refs: PyRef[], resolver: PythonReferences['resolver']): void {
  const file = resolver.resolve(module);
  if (file === undefined) return;
  const defined = definedNames(ws.overlay.read(file));
  if (defined === undefined) return;
  const submodules = new Set(refs.filter((r) => r.kind === 'submodule' && r.stmtStart === ref.stmtStart).map((r) => r.specifier));
  for (const n of ref.names ?? []) {
    if (defined.has(n.name) || submodules.has(`${ref.specifier}.${n.name}`) || resolver.resolve(`${module}.${n.name}`)) continue;
    throw new StateError(`${ref.file}:${ref.line}:${ref.column}: ${module} (${file}) does not define "${n.name}", which this import takes from ${ref.specifier}`);
  }
}
