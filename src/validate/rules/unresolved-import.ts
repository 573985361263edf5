import type { Finding, FileRule } from '../types';

/**
 * A reference to the code base itself must resolve to a file of the tree (a broken move shows here);
 * each language says which references name the code base (TypeScript: relative, tsconfig-alias and
 * baseUrl specifiers; Python: modules of the code base's own top-level packages).
 */
export const unresolvedImportRule: FileRule<'UNRESOLVED_IMPORT'> = {
  id: 'UNRESOLVED_IMPORT',
  scope: 'file',
  description: "Imports of the code base's own modules must resolve to a file of the code base.",
  forFile(ctx) {
    return (file) => {
      const out: Finding[] = [];
      for (const imp of ctx.index.dependenciesOf(file)) {
        if (imp.resolved !== undefined) continue;
        const message = ctx.index.brokenReason(imp);
        if (message !== undefined) out.push({ file, line: imp.line, column: imp.column, message, specifier: imp.specifier });
      }
      return out;
    };
  },
};
