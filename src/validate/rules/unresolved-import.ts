import type { Finding, FileRule } from '../types';

/** A relative, alias or baseUrl import must resolve to a file of the tree (a broken move shows here). */
export const unresolvedImportRule: FileRule<'UNRESOLVED_IMPORT'> = {
  id: 'UNRESOLVED_IMPORT',
  scope: 'file',
  description: 'Relative, tsconfig-alias and baseUrl imports must resolve to a file of the code base.',
  forFile(ctx) {
    const { settings, overlay } = ctx.ws;
    const aliases = settings.paths.map((p) => p.pattern);
    const isInternal = (spec: string): boolean => {
      if (spec.startsWith('./') || spec.startsWith('../') || spec === '.' || spec === '..') return true;
      if (aliases.some((a) => (a.endsWith('*') ? spec.startsWith(a.slice(0, -1)) : spec === a))) return true;
      const first = spec.split('/')[0];
      return settings.baseUrl !== undefined && !spec.startsWith('@') && overlay.isDir(settings.baseUrl ? `${settings.baseUrl}/${first}` : first);
    };
    return (file) => {
      const out: Finding[] = [];
      for (const imp of ctx.index.importsOf(file)) {
        if (imp.resolved === undefined && isInternal(imp.specifier)) {
          out.push({ file, line: imp.line, column: imp.column, message: `import "${imp.specifier}" resolves to no file` });
        }
      }
      return out;
    };
  },
};
