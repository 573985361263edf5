import * as path from 'node:path';
import type { ts } from 'ts-morph';
import { StateError } from '../errors';
import type { StepContext, StepOutcome } from '../operations/types';
import type { SplitStep } from '../plan/types';
import type { ResolvedImport } from '../workspace/import-index';
import { moduleMatcher } from '../workspace/module-pattern';
import { dirOf, isSourceFile, relativeSpecifier, type RelPath } from '../workspace/paths';
import { specifierStyle, writeSpecifier } from '../workspace/specifier';
import type { ImportBinding } from './bindings';
import { blocksText, movedBlocks } from './blocks';
import { splitDependencies, type SplitDeps } from './dependencies';
import { repointImporter } from './importers';
import { SplitProject, type FileModel } from './model';
import { styleOf } from './render';
import { describeExtract, selectUnits } from './select';
import { rewriteSource, sourceLines, wasExported } from './source';
import { extendTargetText, newFileHeader, newTargetText } from './target';
import { importLines, neededImports, reconcileWithTarget } from './target-imports';

/** Seed Phase III: moves the selected declarations of `step.file` to `step.to` and repoints every importer. */
export function stageSplit({ ws, plan }: StepContext, step: SplitStep): StepOutcome {
  const { file, to } = step;
  if (file === to) throw new StateError(`split target ${to} is the file being split`);
  if (!isSourceFile(to)) throw new StateError(`split target ${to} is not a TypeScript or JavaScript file`);
  ws.overlay.read(file);
  const importers = byFile(ws.index().importersOf(file).filter((r) => r.file !== file && r.file !== to));
  const targetExists = ws.overlay.exists(to);
  const project = new SplitProject(ws, [file, ...(targetExists ? [to] : []), ...importers.keys()]);
  const source = project.model(file);
  const target = targetExists ? project.model(to) : undefined;
  const uses = 'names' in step.extract ? [] : (step.extract.uses ?? []).map((p) => moduleMatcher(p, ws.settings));
  const selection = selectUnits(source, target, step.extract, uses);
  if (selection === 'done') return { summary: `${file}: ${describeExtract(step.extract)} already split into ${to}`, files: [], moves: [] };
  const deps = splitDependencies(source, selection.units, step);
  checkMovable(source, deps);

  const template = relativeTemplate(ws.index().importsOf(file), ws.settings.esmExtensions);
  const specFor = (b: ImportBinding) => specifierFor(ws.settings, file, to, b);
  const style = target ? styleOf(target.sf) : styleOf(source.sf);
  let needs = neededImports(source, deps, to, specFor, writeSpecifier(ws.settings, to, file, template));
  if (target) needs = reconcileWithTarget(needs, target, deps, source);
  const lines = importLines(needs, style);
  const moved = new Set<ts.Statement>(deps.moved.flatMap((u) => u.decls.map((d) => d.stmt)));
  const blocks = movedBlocks(source, moved);
  const body = blocksText(source, blocks, exportsInTarget(source, deps), style.eol);
  const targetText = target
    ? extendTargetText(target, source, deps, lines, body, style.eol)
    : newTargetText(newFileHeader(plan, to, source.text, style.eol), lines, body, style.eol);
  const sourceStyle = styleOf(source.sf);
  const back = sourceLines(source, deps, writeSpecifier(ws.settings, file, to, template), step.reexport, sourceStyle);
  const sourceText = rewriteSource(source, deps, { blocks, exportAt: exportsInSource(source, deps), lines: back, eol: sourceStyle.eol });

  const ctx = { ws, project, source: file, to, movedNames: deps.movedNames };
  const importerTexts = step.reexport ? [] : [...importers].map(([f, records]) => [f, repointImporter(ctx, f, records)] as const);
  ws.overlay.write(file, sourceText);
  ws.overlay.write(to, targetText);
  const changed = importerTexts.filter((e): e is readonly [RelPath, string] => e[1] !== undefined);
  for (const [f, text] of changed) ws.overlay.write(f, text);
  return { summary: summary(step, deps, changed.length), files: [file, to, ...changed.map(([f]) => f)], moves: [] };
}

function summary(step: SplitStep, deps: SplitDeps, importers: number): string {
  const names = deps.moved.filter((u) => !deps.along.includes(u)).flatMap((u) => u.names);
  const along = deps.along.flatMap((u) => u.names);
  const withAlong = along.length ? ` (with ${along.join(', ')}, which they need at run time)` : '';
  return `${step.file}: moved ${names.join(', ')}${withAlong} to ${step.to}; ${importers} importer${importers === 1 ? '' : 's'} updated`;
}

/** Refuses what a split cannot carry: a default export, or a name exported under another name. */
function checkMovable(source: FileModel, deps: SplitDeps): void {
  for (const u of deps.moved) {
    if (u.decls.some((d) => d.isDefault)) throw new StateError(`cannot extract ${u.names.join(', ')}: it is the default export of ${source.path}`);
    const renamed = source.exports.find((e) => u.names.includes(e.local) && e.exported !== e.local);
    if (renamed) throw new StateError(`cannot extract ${renamed.local}: ${source.path} exports it as ${renamed.exported}`);
  }
}

/** Moved declarations that must be exported in the target: the source uses them, or exported them. */
function exportsInTarget(source: FileModel, deps: SplitDeps): Set<ts.Statement> {
  const units = deps.moved.filter((u) => u.names.some((n) => deps.usedBack.has(n)) || wasExported(source, u));
  return new Set(units.flatMap((u) => u.decls.filter((d) => !d.exported).map((d) => d.stmt)));
}

/** Staying declarations the target imports that the source did not export yet. */
function exportsInSource(source: FileModel, deps: SplitDeps): Set<ts.Statement> {
  const units = source.units.filter((u) => u.names.some((n) => deps.staying.has(n)) && !wasExported(source, u));
  return new Set(units.flatMap((u) => u.decls.filter((d) => !d.exported).map((d) => d.stmt)));
}

/** A relative specifier of the file to copy its extension habit from (`./x.js` under NodeNext). */
function relativeTemplate(imports: ResolvedImport[], esm: boolean): string {
  return imports.find((i) => i.specifier.startsWith('./') || i.specifier.startsWith('../'))?.specifier ?? (esm ? './x.js' : './x');
}

/** A source import's specifier for the target: relative ones are recomputed, packages and aliases kept. */
function specifierFor(settings: Parameters<typeof writeSpecifier>[0], file: RelPath, to: RelPath, b: ImportBinding): string {
  if (specifierStyle(settings, b.specifier) !== 'relative') return b.specifier;
  if (b.resolved !== undefined) return writeSpecifier(settings, to, b.resolved, b.specifier);
  return relativeSpecifier(to, path.posix.join(dirOf(file), b.specifier));
}

function byFile(records: ResolvedImport[]): Map<RelPath, ResolvedImport[]> {
  const out = new Map<RelPath, ResolvedImport[]>();
  for (const r of records) out.set(r.file, [...(out.get(r.file) ?? []), r]);
  return out;
}
