import { assertParses } from '../../codemod/parse-check';
import { StateError } from '../../errors';
import { languageOf } from '../../lang';
import type { PythonSettings } from '../../lang/python/roots';
import { pythonModuleFacts, type PyModuleFacts } from '../../lang/python/declarations';
import { moduleNameOf } from '../../lang/python/module-names';
import { pySettings } from '../../lang/python/settings';
import type { StepContext, StepOutcome } from '../../operations/types';
import type { SplitStep } from '../../plan/types';
import type { ResolvedImport } from '../../workspace/import-index';
import type { RelPath } from '../../workspace/paths';
import type { Workspace } from '../../workspace/workspace';
import { describeExtract } from '../select';
import { pySplitDependencies, type PySplitDeps } from './dependencies';
import { eolOf } from './edits';
import { repointPyImporter } from './importers';
import { importedModule, pyModel, withImportedEnums, type PyModel } from './module';
import { isFromImport, lineWidth } from './import-lines';
import { joinGroups, namesFrom, rebasedImports, type ImportLines, type LineContext } from './needed-imports';
import { selectDeclarations } from './select';
import { rewriteSource } from './source';
import { extendedTargetText, movedBody, newModuleHeader, newTargetText } from './target';
import { byFile, splitSummary } from '../outcome';

/** What a Python split works from: the analysed modules and who needs what once the declarations move. */
interface PyAnalysis {
  settings: PythonSettings;
  source: PyModel;
  target?: PyModel;
  targetName: string;
  importers: Map<RelPath, ResolvedImport[]>;
  deps: PySplitDeps;
}

/**
 * Seed Phase III on a Python module: moves the selected top-level declarations of `step.file` to
 * `step.to` and repoints every importer. Every refusal happens before the first write.
 */
export function stagePythonSplit({ ws, plan }: StepContext, step: SplitStep): StepOutcome {
  const a = analyse(ws, step);
  if (a === 'done') return { summary: `${step.file}: ${describeExtract(step.extract)} already split into ${step.to}`, files: [], moves: [] };
  const eol = eolOf(a.source.text);
  const body = movedBody(a.source, a.deps, eol);
  const imports = targetImports(a, step.to, eol);
  const first = a.deps.moved[0];
  const targetText = a.target
    ? extendedTargetText(a.target, { imports, body, first, eol, ownImports: movedImportsOf(a.target, a), future: a.source.facts.futureAnnotations })
    : newTargetText(newModuleHeader(plan, step.to, a.source), a.source, a.deps, imports, body, eol);
  const texts = new Map<RelPath, string>([[step.to, targetText], [step.file, sourceText(a, step, eol)]]);
  const ctx = { settings: a.settings, source: step.file, sourceName: a.source.name, to: step.to, targetName: a.targetName, movedNames: a.deps.movedNames };
  for (const [file, records] of step.reexport ? [] : a.importers) {
    const text = repointPyImporter(ctx, file, ws.overlay.read(file), records, ws.index().importsOf(file));
    if (text !== undefined) texts.set(file, text);
  }
  for (const [file, text] of texts) ws.overlay.write(file, text);
  return { summary: summary(step, a.deps, texts.size - 2), files: [...texts.keys()], moves: [] };
}

function analyse(ws: Workspace, step: SplitStep): PyAnalysis | 'done' {
  const { file, to } = step;
  if (file === to) throw new StateError(`split target ${to} is the file being split`);
  if (languageOf(to)?.id !== 'python') throw new StateError(`split target ${to} is not a Python module (.py)`);
  const settings = pySettings(ws);
  const importers = byFile(ws.index().importersOf(file).filter((r) => r.file !== file && r.file !== to));
  const targetExists = ws.overlay.exists(to);
  const files = [file, ...(targetExists ? [to] : []), ...importers.keys()];
  assertParses(files.map((path) => ({ path, text: ws.overlay.read(path) })), `split ${file}`);
  const kinds = 'kinds' in step.extract && step.extract.kinds?.length;
  const model = (path: RelPath) => (kinds ? withImportedEnums(pyModel(path, ws.overlay.read(path), settings), importedFacts(ws, path)) : pyModel(path, ws.overlay.read(path), settings));
  const source = model(file);
  const target = targetExists ? model(to) : undefined;
  const targetName = moduleNameOf(to, settings);
  if (targetName === undefined) throw new StateError(`split target ${to} has no module name under the import roots (${settings.roots.join(', ') || "''"})`);
  const uses = 'names' in step.extract ? [] : (step.extract.uses ?? []).map((p) => languageOf(file)!.moduleMatcher(p, ws));
  const moduleOf = (m: PyModel, name: string) => ({ module: importedModule(m, m.importOf.get(name)!, settings) });
  const selection = selectDeclarations(source, target, step.extract, uses, moduleOf);
  if (selection === 'done') return 'done';
  const deps = pySplitDependencies(source, selection.declarations, step);
  const clash = [...deps.movedNames].filter((n) => target?.declarationOf.has(n));
  if (clash.length) throw new StateError(`split target ${to} already defines ${clash.join(', ')}`);
  return { settings, source, target, targetName, importers, deps };
}

/** The facts of the code-base modules a module imports (where enum classes it derives from live). */
function importedFacts(ws: Workspace, file: RelPath): PyModuleFacts[] {
  const files = new Set(ws.index().importsOf(file).flatMap((r) => (r.resolved && r.resolved !== file && r.kind !== 'mock' ? [r.resolved] : [])));
  return [...files].map((f) => pythonModuleFacts(ws.overlay.read(f)));
}

/** The target's imports: the source's bindings re-based, the staying names from the source, TYPE_CHECKING when a block needs it. */
function targetImports(a: PyAnalysis, to: RelPath, eol: string): ImportLines {
  const bound = new Set([...(a.target?.importOf.keys() ?? []), ...(a.target?.declarationOf.keys() ?? [])]);
  const ctx: LineContext = { file: to, settings: a.settings, eol, bound, width: lineWidth(a.source.text) };
  const order = a.source.declarations.flatMap((d) => d.names);
  const staying = namesFrom(a.source.name, a.deps.staying, order, ctx);
  let bindings = rebasedImports(a.source, a.deps.bindings, ctx, a.targetName);
  const typeOnly = [...bindings.typeOnly, ...staying.typeOnly];
  const guard = typeOnly.length > 0 && !bound.has('TYPE_CHECKING');
  if (guard && a.source.importOf.has('TYPE_CHECKING')) {
    bindings = rebasedImports(a.source, new Map([...a.deps.bindings, ['TYPE_CHECKING', true]]), ctx, a.targetName);
  }
  const runtime = guard && !a.source.importOf.has('TYPE_CHECKING') ? withTypeChecking(bindings.runtime) : bindings.runtime;
  return { runtime: joinGroups(runtime, staying.runtime), typeOnly: joinGroups(bindings.typeOnly, staying.typeOnly) };
}

/** The lines with TYPE_CHECKING imported: added to a one-line `from typing import …`, or as a line of its own first. */
function withTypeChecking(lines: string[]): string[] {
  const typing = lines.findIndex((l) => /^from typing import [^(]*$/.test(l));
  if (typing < 0) return ['from typing import TYPE_CHECKING', ...lines];
  return lines.map((l, i) => (i === typing ? l.replace('import ', 'import TYPE_CHECKING, ') : l));
}

/** The names the existing target imported from the source that now move into it. */
function movedImportsOf(target: PyModel, a: PyAnalysis): Set<string> {
  const out = new Set<string>();
  for (const imp of target.facts.imports) {
    if (importedModule(target, imp, a.settings) !== a.source.name || !isFromImport(target.text, imp)) continue;
    for (const n of imp.names) if (a.deps.movedNames.has(n.name)) out.add(n.alias ?? n.name);
  }
  return out;
}

function sourceText(a: PyAnalysis, step: SplitStep, eol: string): string {
  const ctx: LineContext = { file: step.file, settings: a.settings, eol, bound: new Set(), width: lineWidth(a.source.text) };
  const order = a.deps.moved.flatMap((d) => d.names);
  const needs = step.reexport ? new Map(order.map((n) => [n, true])) : a.deps.usedBack;
  const back = namesFrom(a.targetName, needs, order, ctx);
  const typeCheckingImport = back.typeOnly.length && !a.source.importOf.has('TYPE_CHECKING') ? 'from typing import TYPE_CHECKING' : undefined;
  return rewriteSource(a.source, a.deps, { back, reexport: step.reexport, typeCheckingImport, eol });
}

function summary(step: SplitStep, deps: PySplitDeps, importers: number): string {
  const along = deps.along.flatMap((d) => d.names);
  return splitSummary(step.file, step.to, deps.moved.filter((d) => !deps.along.includes(d)).flatMap((d) => d.names), along, importers);
}

