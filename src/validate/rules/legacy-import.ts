import type { ModuleMatcher } from '../../workspace/module-pattern';
import type { RelPath } from '../../workspace/paths';
import type { Finding, FileRule, RuleContext } from '../types';
import { importLabel } from './describe';

/**
 * Imports of a banned namespace, matched by specifier (`app/services/x`, a package, an alias prefix)
 * or by the root-relative path the import resolves to. Legacy code importing its own namespace is
 * not reported: the debt is where new code depends on the namespace, not inside it.
 */
export const legacyImportRule: FileRule<'LEGACY_IMPORT'> = {
  id: 'LEGACY_IMPORT',
  scope: 'file',
  description: 'No import may reach a banned (legacy) namespace, by specifier or by the file it resolves to.',
  forFile(ctx, { modules }) {
    const matchersOf = ctx.moduleMatchers(modules);
    return (file) => {
      const out: Finding[] = [];
      const imports = ctx.index.dependenciesOf(file);
      if (imports.length === 0) return out;
      const banned = matchersOf(file);
      for (const imp of imports) {
        for (let i = 0; i < banned.length; i++) {
          const match = banned[i];
          if (!match(imp.specifier, imp.resolved) || lives(ctx, match, file)) continue;
          const how = match(imp.specifier, undefined) ? '' : ` resolves to ${imp.resolved}, which`;
          const message = `${importLabel(imp)}${how} is in the banned namespace "${modules[i]}"`;
          out.push({ file, line: imp.line, column: imp.column, message, specifier: imp.specifier, resolved: imp.resolved });
          break;
        }
      }
      return out;
    };
  },
};

/** Whether the file itself lies in the namespace: what it is imported as, tested as an import resolving to it would be. */
function lives(ctx: RuleContext, match: ModuleMatcher, file: RelPath): boolean {
  return match(ctx.importedAs(file), file);
}
