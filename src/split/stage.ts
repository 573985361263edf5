import type { ts } from 'ts-morph';
import { StateError } from '../errors';
import type { StepContext, StepOutcome } from '../operations/types';
import type { Plan, SplitStep } from '../plan/types';
import type { ResolvedImport } from '../workspace/import-index';
import { moduleMatcher } from '../workspace/module-pattern';
import { isSourceFile, type RelPath } from '../workspace/paths';
import type { Workspace } from '../workspace/workspace';
import { blocksText, movedBlocks } from './blocks';
import { splitDependencies, type SplitDeps } from './dependencies';
import { checkMovable, exportsInSource, exportsInTarget } from './exports';
import { repointImporter } from './importers';
import { SplitProject, type FileModel } from './model';
import { styleOf } from './render';
import { describeExtract, selectUnits } from './select';
import { rewriteSource, sourceLines } from './source';
import { splitSpecifiers } from './specifiers';
import { extendTargetText, newFileHeader, newTargetText } from './target';
import { importLines, neededImports, reconcileWithTarget } from './target-imports';
import { byFile, splitSummary } from './outcome';

/** What a split works from: the analysed files and who needs what once the units move. */
interface Analysis {
  project: SplitProject;
  source: FileModel;
  target?: FileModel;
  importers: Map<RelPath, ResolvedImport[]>;
  deps: SplitDeps;
}

/**
 * Seed Phase III: moves the selected declarations of `step.file` to `step.to` and repoints every
 * importer. Every refusal happens before the first write, so a refused split stages nothing.
 */
export function stageSplit({ ws, plan }: StepContext, step: SplitStep): StepOutcome {
  const a = analyse(ws, step);
  if (a === 'done') return { summary: `${step.file}: ${describeExtract(step.extract)} already split into ${step.to}`, files: [], moves: [] };
  const texts = new Map<RelPath, string>([[step.to, targetText(ws, plan, step, a)], [step.file, sourceText(ws, step, a)]]);
  const ctx = { ws, project: a.project, source: step.file, to: step.to, movedNames: a.deps.movedNames };
  for (const [file, records] of step.reexport ? [] : a.importers) {
    const text = repointImporter(ctx, file, hasBom(ws, file) ? records.map(withoutBom) : records);
    if (text !== undefined) texts.set(file, text);
  }
  // ts-morph drops a UTF-8 BOM from the text it holds: put it back where the file had one.
  for (const [file, text] of texts) ws.overlay.write(file, hasBom(ws, file) && !text.startsWith(BOM) ? BOM + text : text);
  return { summary: summary(step, a.deps, texts.size - 2), files: [...texts.keys()], moves: [] };
}

function analyse(ws: Workspace, step: SplitStep): Analysis | 'done' {
  const { file, to } = step;
  if (file === to) throw new StateError(`split target ${to} is the file being split`);
  if (!isSourceFile(to)) throw new StateError(`split target ${to} is not a TypeScript or JavaScript file`);
  ws.overlay.read(file); // refuses a missing source with a StateError naming it
  const importers = byFile(ws.index().importersOf(file).filter((r) => r.file !== file && r.file !== to));
  const targetExists = ws.overlay.exists(to);
  const project = new SplitProject(ws, [file, ...(targetExists ? [to] : []), ...importers.keys()]);
  const source = project.model(file);
  const target = targetExists ? project.model(to) : undefined;
  const uses = 'names' in step.extract ? [] : (step.extract.uses ?? []).map((p) => moduleMatcher(p, ws.settings));
  const selection = selectUnits(source, target, step.extract, uses);
  if (selection === 'done') return 'done';
  const deps = splitDependencies(source, selection.units, step);
  checkMovable(source, deps);
  return { project, source, target, importers, deps };
}

/** The target's text: a new file with a header, or the existing one with the moved code appended. */
function targetText(ws: Workspace, plan: Plan, step: SplitStep, { source, target, deps }: Analysis): string {
  const specs = splitSpecifiers(ws.settings, step.file, step.to, ws.index().importsOf(step.file));
  const style = styleOf((target ?? source).sf);
  let needs = neededImports(source, deps, step.to, specs.forTarget, specs.toSource);
  if (target) needs = reconcileWithTarget(needs, target, deps, source);
  const lines = importLines(needs, style);
  const body = blocksText(source, movedBlocks(source, movedStatements(deps)), exportsInTarget(source, deps), style.eol);
  if (target) return extendTargetText(target, source, deps, lines, body, style.eol);
  return newTargetText(newFileHeader(plan, step.to, source.text, style.eol), lines, body, style.eol);
}

function sourceText(ws: Workspace, step: SplitStep, { source, deps }: Analysis): string {
  const specs = splitSpecifiers(ws.settings, step.file, step.to, ws.index().importsOf(step.file));
  const style = styleOf(source.sf);
  const lines = sourceLines(source, deps, specs.toTarget, step.reexport, style);
  const blocks = movedBlocks(source, movedStatements(deps));
  return rewriteSource(source, deps, { blocks, exportAt: exportsInSource(source, deps), lines, eol: style.eol });
}

function movedStatements(deps: SplitDeps): Set<ts.Statement> {
  return new Set(deps.moved.flatMap((u) => u.decls.map((d) => d.stmt)));
}

function summary(step: SplitStep, deps: SplitDeps, importers: number): string {
  const along = deps.along.flatMap((d) => d.names);
  return splitSummary(step.file, step.to, deps.moved.filter((d) => !deps.along.includes(d)).flatMap((d) => d.names), along, importers);
}


const BOM = '\uFEFF';

function hasBom(ws: Workspace, file: RelPath): boolean {
  return ws.overlay.exists(file) && ws.overlay.read(file).startsWith(BOM);
}

/** The import index counts the BOM in its offsets; ts-morph's text does not hold it. */
function withoutBom(r: ResolvedImport): ResolvedImport {
  return { ...r, start: r.start - 1, end: r.end - 1, stmtStart: r.stmtStart - 1, stmtEnd: r.stmtEnd - 1 };
}
