import { StateError } from '../errors';
import { elementText, type BindingForm, type ImportBinding } from './bindings';
import type { SplitDeps } from './dependencies';
import type { FileModel } from './model';
import { equalsLine, moduleLine, namedLine, type Style } from './render';

/** One import the moved code needs in the target, written for the target's place. */
export interface NeededImport {
  local: string;
  form: BindingForm;
  /** `a` or `a as b` for a named binding. */
  element: string;
  specifier: string;
  /** The tree file it resolves to; undefined for a package. */
  resolved?: string;
  typeOnly: boolean;
}

/**
 * What the moved code imports in its new file: the source's own bindings it uses (skipping those
 * that resolve to the target, whose names are now local) and the staying declarations it uses
 * (by default import when the source exports one as its default).
 * Type positions only ⇒ a type-only import, which `verbatimModuleSyntax` requires.
 */
export function neededImports(source: FileModel, deps: SplitDeps, to: string, specFor: (b: ImportBinding) => string, sourceSpec: string): NeededImport[] {
  const out: NeededImport[] = [];
  for (const b of source.bindings) {
    const runtime = deps.bindings.get(b.local);
    if (runtime === undefined || b.resolved === to) continue;
    out.push({ local: b.local, form: b.form, element: elementText(b), specifier: specFor(b), resolved: b.resolved, typeOnly: b.typeOnly || !runtime });
  }
  for (const u of source.units) {
    for (const name of u.names) {
      const runtime = deps.staying.get(name);
      const form = u.decls.some((d) => d.isDefault) ? 'default' : 'named';
      if (runtime !== undefined) out.push({ local: name, form, element: name, specifier: sourceSpec, resolved: source.path, typeOnly: !runtime });
    }
  }
  return out;
}

/**
 * Drops the needs an existing target already meets with the same import, and refuses a name the
 * target already uses for something else, or a moved name it already declares.
 */
export function reconcileWithTarget(needs: NeededImport[], target: FileModel, deps: SplitDeps, source: FileModel): NeededImport[] {
  const clash = [...deps.movedNames].filter((n) => target.unitOf.has(n) || (target.bindingOf.has(n) && !importsFrom(target.bindingOf.get(n), source.path, n)));
  if (clash.length) throw new StateError(`${target.path} already declares ${clash.join(', ')}`);
  return needs.filter((need) => {
    const have = target.bindingOf.get(need.local);
    if (have && have.typeOnly && !need.typeOnly && sameImport({ ...have, typeOnly: false }, need)) {
      throw new StateError(`${target.path} imports ${need.local} as a type only, and the moved code needs it at run time`);
    }
    if (target.unitOf.has(need.local) || (have && !sameImport(have, need))) {
      throw new StateError(`${target.path} already uses the name ${need.local} for something else than the moved code's import of it`);
    }
    return have === undefined;
  });
}

function importsFrom(b: ImportBinding | undefined, file: string, name: string): boolean {
  return b !== undefined && b.resolved === file && b.form === 'named' && b.imported === name;
}

function sameImport(have: ImportBinding, need: NeededImport): boolean {
  if (have.form !== need.form || elementText(have) !== need.element || (have.typeOnly && !need.typeOnly)) return false;
  return (have.resolved ?? have.specifier) === (need.resolved ?? need.specifier);
}

/** The import lines for the needs, grouped by module in order of first need: values, then types. */
export function importLines(needs: NeededImport[], style: Style): string[] {
  const modules = [...new Set(needs.map((n) => n.specifier))];
  return modules.flatMap((spec) => [false, true].flatMap((typeOnly) => linesFor(needs.filter((n) => n.specifier === spec && n.typeOnly === typeOnly), typeOnly, spec, style)));
}

function linesFor(needs: NeededImport[], typeOnly: boolean, spec: string, style: Style): string[] {
  const head = typeOnly ? 'import type' : 'import';
  const named = needs.filter((n) => n.form === 'named').map((n) => n.element);
  const def = needs.find((n) => n.form === 'default')?.local;
  const lines: string[] = [];
  if (def !== undefined && typeOnly) lines.push(moduleLine(style, head, def, spec));
  const valueDefault = typeOnly ? undefined : def;
  if (named.length) lines.push(namedLine(style, head, named, spec, valueDefault === undefined ? '' : `${valueDefault}, `));
  else if (valueDefault !== undefined) lines.push(moduleLine(style, head, valueDefault, spec));
  for (const n of needs.filter((x) => x.form === 'namespace')) lines.push(moduleLine(style, head, `* as ${n.local}`, spec));
  for (const n of needs.filter((x) => x.form === 'equals')) lines.push(equalsLine(style, typeOnly, n.local, spec));
  return lines;
}
