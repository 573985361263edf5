import type { ModuleMatcher } from '../../workspace/module-pattern';
import type { RelPath } from '../../workspace/paths';
import type { Finding, Rule } from '../types';
import { importLabel, layerLabel } from './describe';

/**
 * The seed's SQLALCHEMY_RUNTIME: files of the listed layers may not load an ORM at run time. Type-only
 * imports (`import type`, or every binding an inline `type`) are erased by the compiler, so they pass.
 */
export const ormRuntimeRule: Rule<'ORM_RUNTIME'> = {
  id: 'ORM_RUNTIME',
  description: 'Files of the listed layers may not import ORM modules at run time (type-only imports are allowed).',
  check(ctx, { modules, layers }) {
    const orm = modules.map((m) => ctx.moduleMatcher(m));
    const checked = new Set(layers);
    const out: Finding[] = [];
    for (const file of ctx.files) {
      const layer = ctx.layerOf(file);
      if (layer === undefined || !checked.has(layer)) continue;
      for (const imp of ctx.index.importsOf(file)) {
        if (imp.typeOnly || !matchesAny(orm, imp.specifier, imp.resolved)) continue;
        const message = `${importLabel(imp)} loads an ORM at run time in a ${layerLabel(ctx.plan, layer)} file; use \`import type\` or move the query to a driver`;
        out.push({ file, line: imp.line, column: imp.column, message });
      }
    }
    return out;
  },
};

function matchesAny(matchers: ModuleMatcher[], specifier: string, resolved: RelPath | undefined): boolean {
  for (const m of matchers) if (m(specifier, resolved)) return true;
  return false;
}
