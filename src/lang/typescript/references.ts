import type { ResolvedImport } from '../../workspace/import-index';
import { lexImports } from '../../workspace/lexer';
import { ModuleResolver } from '../../workspace/resolver';
import type { ModuleSettings } from '../../workspace/tsconfig';
import type { CodeBase, ModuleReferences } from '../types';
import { tsSettings } from './settings';

/** TypeScript's references of one layout; `resolver` serves the TypeScript codemods (barrels, splits). */
export interface TypeScriptReferences extends ModuleReferences {
  resolver: ModuleResolver;
}

/** Lexes with the import lexer and resolves with TypeScript's own module resolution over the overlay. */
export function typescriptReferences(base: CodeBase): TypeScriptReferences {
  const settings = tsSettings(base);
  const resolver = new ModuleResolver(base.overlay, settings);
  const internal = internalSpecifier(base, settings);
  return {
    resolver,
    lex(file, text) {
      // Fresh records belong to no index yet: fill in their file and resolution in place.
      const records = lexImports(text) as ResolvedImport[];
      for (const r of records) {
        r.file = file;
        r.resolved = resolver.resolve(file, r.specifier, r.kind);
      }
      return records;
    },
    resolve: (r) => resolver.resolve(r.file, r.specifier, r.kind),
    keep: (refs) => refs,
    brokenReason: (r) => (internal(r.specifier) ? `import "${r.specifier}" resolves to no file` : undefined),
  };
}

/** Relative, tsconfig-alias and baseUrl specifiers name files of the code base; anything else is a package. */
function internalSpecifier(base: CodeBase, settings: ModuleSettings): (spec: string) => boolean {
  const aliases = settings.paths.map((p) => p.pattern);
  return (spec) => {
    if (spec.startsWith('./') || spec.startsWith('../') || spec === '.' || spec === '..') return true;
    if (aliases.some((a) => (a.endsWith('*') ? spec.startsWith(a.slice(0, -1)) : spec === a))) return true;
    const first = spec.split('/')[0];
    return settings.baseUrl !== undefined && !spec.startsWith('@') && base.overlay.isDir(settings.baseUrl ? `${settings.baseUrl}/${first}` : first);
  };
}
