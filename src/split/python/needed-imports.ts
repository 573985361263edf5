import type { PyImport } from '../../lang/python/declarations';
import type { PythonSettings } from '../../lang/python/roots';
import type { RelPath } from '../../workspace/paths';
import type { PyNeeds } from './dependencies';
import { fromImportLine, isFromImport, rebasedImport, writtenModule } from './import-lines';
import { importedModule, type PyModel } from './module';

/** Import lines a module needs: at top level, and under `if TYPE_CHECKING:` (without indentation); '' keeps groups apart. */
export interface ImportLines {
  runtime: string[];
  typeOnly: string[];
}

/** Where lines go and how they are written. */
export interface LineContext {
  /** The module that receives the lines. */
  file: RelPath;
  settings: PythonSettings;
  eol: string;
  /** Names the receiving module already binds: nothing is imported for them again. */
  bound: Set<string>;
  /** Past this width a new from-import is wrapped. */
  width: number;
}

/**
 * The target's imports of the source's bindings the moved code reads, re-based for its package, in
 * the source's order. A binding only annotations read goes under `if TYPE_CHECKING:` (annotations
 * are not evaluated there: the needs say run time otherwise), as does one the source guarded so.
 * The binding `*` stands for the source's star imports.
 */
export function rebasedImports(source: PyModel, bindings: PyNeeds, ctx: LineContext, targetName: string): ImportLines {
  const out: ImportLines = { runtime: [], typeOnly: [] };
  const byStatement = new Map<PyImport, { runtime: Set<string>; typeOnly: Set<string> }>();
  for (const [name, atRuntime] of bindings) {
    if (ctx.bound.has(name)) continue;
    for (const imp of name === '*' ? source.facts.imports.filter((i) => i.names[0]?.name === '*') : bindingImports(source, name)) {
      if (importedModule(source, imp, ctx.settings) === targetName) continue;
      const entry = byStatement.get(imp) ?? { runtime: new Set(), typeOnly: new Set() };
      (atRuntime && !imp.typeOnly ? entry.runtime : entry.typeOnly).add(name);
      byStatement.set(imp, entry);
    }
  }
  const lastEnd = { runtime: -1, typeOnly: -1 };
  const add = (section: 'runtime' | 'typeOnly', imp: PyImport, line: string | undefined) => {
    if (!line) return;
    // A blank line between the two imports in the source keeps their groups apart in the target.
    if (lastEnd[section] >= 0 && /\n[ \t]*\r?\n/.test(source.text.slice(lastEnd[section] - 1, imp.start))) out[section].push('');
    out[section].push(line);
    lastEnd[section] = imp.end;
  };
  for (const imp of source.facts.imports) {
    const entry = byStatement.get(imp);
    if (!entry) continue;
    const absolute = importedModule(source, imp, ctx.settings);
    const line = (wanted: Set<string>) => rebasedImport(source.text, imp, absolute, wanted, ctx.file, ctx.settings, ctx.eol, ctx.width);
    add('runtime', imp, line(entry.runtime));
    add('typeOnly', imp, line(entry.typeOnly));
  }
  return out;
}

/** The imports that bind a name: the last from-import of it, or every `import a.x` binding `a` (each makes its submodule an attribute). */
function bindingImports(source: PyModel, name: string): PyImport[] {
  const last = source.importOf.get(name)!;
  if (isFromImport(source.text, last)) return [last];
  return source.facts.imports.filter((i) => i.binds.includes(name) && !isFromImport(source.text, i));
}

/** Two groups of import lines, a blank line between them unless the first ends with a relative import (they belong together). */
export function joinGroups(first: string[], second: string[]): string[] {
  if (!first.length || !second.length) return [...first, ...second];
  return /^from \./.test(first[first.length - 1]) ? [...first, ...second] : [...first, '', ...second];
}

/** `from <module> import a, b` for names another module of the split declares, split by run time and annotations only. */
export function namesFrom(module: string, needs: PyNeeds, order: string[], ctx: LineContext): ImportLines {
  const written = writtenModule(ctx.file, module, true, ctx.settings);
  const names = (runtime: boolean) => order.filter((n) => needs.get(n) === runtime && !ctx.bound.has(n)).map((name) => ({ name }));
  const rt = names(true);
  const tc = names(false);
  return {
    runtime: rt.length ? [fromImportLine(written, rt, '', ctx.eol, ctx.width)] : [],
    typeOnly: tc.length ? [fromImportLine(written, tc, '', ctx.eol, ctx.width)] : [],
  };
}

/** Lines for an `if TYPE_CHECKING:` block, indented. */
export function typeCheckingBlock(lines: string[], indent: string, eol: string): string {
  return `if TYPE_CHECKING:${eol}${indentLines(lines, indent, eol)}`;
}

/** Each line (possibly several physical lines) indented by `indent`; '' is a blank line. */
export function indentLines(lines: string[], indent: string, eol: string): string {
  return lines.map((l) => (l === '' ? eol : l.split(eol).map((p) => indent + p).join(eol) + eol)).join('');
}
