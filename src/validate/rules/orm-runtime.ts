import type { ModuleMatcher } from '../../workspace/module-pattern';
import type { RelPath } from '../../workspace/paths';
import type { Finding, FileRule } from '../types';
import { headerValue } from '../../header/header';
import type { RuleContext } from '../types';
import { importLabel, layerLabel } from './describe';
import { declaredLayers } from './header-layer';

/**
 * The seed's SQLALCHEMY_RUNTIME: files of the listed layers may not load an ORM at run time. Type-only
 * imports (`import type`, or every binding an inline `type`) are erased by the compiler, so they pass.
 * A HYBRID file (its header declares several layers, `L5/L6 — HYBRID`) holds code of each declared
 * layer, so it is checked for those too: the seed's documented SQLALCHEMY_RUNTIME debt.
 */
export const ormRuntimeRule: FileRule<'ORM_RUNTIME'> = {
  id: 'ORM_RUNTIME',
  scope: 'file',
  description: 'Files of the listed layers may not import ORM modules at run time (type-only imports are allowed).',
  forFile(ctx, { modules, layers }) {
    const ormOf = ctx.moduleMatchers(modules);
    const checked = new Set(layers);
    return (file) => {
      const out: Finding[] = [];
      const layer = checkedLayer(ctx, file, checked);
      if (layer === undefined) return out;
      const orm = ormOf(file);
      for (const imp of ctx.index.dependenciesOf(file)) {
        if (imp.typeOnly || !matchesAny(orm, imp.specifier, imp.resolved)) continue;
        const message = `${importLabel(imp)} loads an ORM at run time in a ${layerLabel(ctx.plan, layer)} file; use \`import type\` or move the query to a driver`;
        out.push({ file, line: imp.line, column: imp.column, message, specifier: imp.specifier, resolved: imp.resolved });
      }
      return out;
    };
  },
};

function matchesAny(matchers: ModuleMatcher[], specifier: string, resolved: RelPath | undefined): boolean {
  for (const m of matchers) if (m(specifier, resolved)) return true;
  return false;
}

/** The first checked layer among the file's folder layer and, for a HYBRID header, its declared layers. */
function checkedLayer(ctx: RuleContext, file: RelPath, checked: Set<string>): string | undefined {
  const folder = ctx.layerOf(file);
  if (folder !== undefined && checked.has(folder)) return folder;
  const value = headerValue(ctx.header(file), 'Layer');
  // Several layers are written `L5/L6`: without a slash there is one, already known not to be checked.
  if (value === undefined || !value.includes('/')) return undefined;
  const declared = declaredLayers(value);
  return declared.length > 1 ? declared.find((l) => checked.has(l)) : undefined;
}
