import type { ResolvedImport } from '../../workspace/import-index';
import { lexImports } from '../../workspace/lexer';
import { packageOf } from '../../workspace/package-resolve';
import { projectOf } from '../../workspace/project-of';
import { ModuleResolver } from '../../workspace/resolver';
import type { RelPath } from '../../workspace/paths';
import type { TsSettings } from '../../workspace/ts-projects';
import type { CodeBase, ModuleReferences } from '../types';
import { tsSettings } from './settings';

/** TypeScript's references of one layout; `resolver` serves the TypeScript codemods (barrels, splits). */
export interface TypeScriptReferences extends ModuleReferences {
  resolver: ModuleResolver;
}

/** JavaScript files, whose JSDoc `import('…')` types TypeScript checks (it ignores them in .ts files). */
const JS_FILE = /\.[cm]?jsx?$/;

/** Lexes with the import lexer and resolves with TypeScript's own module resolution over the overlay. */
export function typescriptReferences(base: CodeBase): TypeScriptReferences {
  const settings = tsSettings(base);
  const resolver = new ModuleResolver(base.overlay, settings);
  const internal = internalSpecifier(base, settings);
  return {
    resolver,
    lex(file, text) {
      // Fresh records belong to no index yet: fill in their file and resolution in place.
      const records = lexImports(text, { docComments: JS_FILE.test(file) }) as ResolvedImport[];
      for (const r of records) {
        r.file = file;
        r.resolved = resolver.resolve(file, r.specifier, r.kind);
      }
      return records;
    },
    resolve: (r) => resolver.resolve(r.file, r.specifier, r.kind),
    keep: (refs) => refs,
    dependencies: (refs) => refs,
    brokenReason: (r) => (internal(r.file, r.specifier) ? `import "${r.specifier}" resolves to no file` : undefined),
  };
}

/**
 * Relative specifiers, the importer's project's tsconfig aliases and baseUrl paths, and workspace
 * package names name files of the code base; anything else is a package.
 */
function internalSpecifier(base: CodeBase, settings: TsSettings): (file: RelPath, spec: string) => boolean {
  return (file, spec) => {
    if (spec.startsWith('./') || spec.startsWith('../') || spec === '.' || spec === '..') return true;
    const own = projectOf(settings, file);
    if (own.paths.some(({ pattern: a }) => (a.endsWith('*') ? spec.startsWith(a.slice(0, -1)) : spec === a))) return true;
    if (packageOf(settings.packages ?? [], spec)) return true;
    const first = spec.split('/')[0];
    return own.baseUrl !== undefined && !spec.startsWith('@') && base.overlay.isDir(own.baseUrl ? `${own.baseUrl}/${first}` : first);
  };
}
