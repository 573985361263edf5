import { headerValue } from '../header/header';
import { languageOf } from '../lang';
import type { Plan } from '../plan/types';
import { classifier } from '../validate/classify';
import { declaredLayers } from '../validate/rules/header-layer';
import type { ValidationResult } from '../validate/types';
import type { ImportIndex } from '../workspace/import-index';
import { moduleMatcher, type ModuleMatcher } from '../workspace/module-pattern';
import { dirOf, isWithin, type RelPath } from '../workspace/paths';
import type { Workspace } from '../workspace/workspace';
import type { Header } from '../header/header';
import { factsProviderFor, type DeclarationFact, type FactsProvider } from './facts';

/** Everything the proposal finders read: the tree as it is, its violations, and each file's facts. */
export interface AnalyzeContext {
  plan: Plan;
  ws: Workspace;
  index: ImportIndex;
  before: ValidationResult;
  files: RelPath[];
  layerOf(file: RelPath): string | undefined;
  audienceOf(file: RelPath): string | undefined;
  inScope(file: RelPath): boolean;
  /** The file's language; undefined for files no language reads. */
  lang(file: RelPath): FactsProvider | undefined;
  header(file: RelPath): Header | undefined;
  /** The file's top-level declarations (parsed on first use); undefined for files no language reads. */
  declarations(file: RelPath): DeclarationFact[] | undefined;
  /** The layers the file's `Layer:` header declares (empty without one). */
  declared(file: RelPath): string[];
  /** True when an import of `importer` (its specifier or resolved path) is one of the ORM modules of ORM_RUNTIME. */
  isOrm(importer: RelPath, specifier: string, resolved?: RelPath): boolean;
  /** A module pattern of the plan, compiled for the imports of `importer`'s language (paths or dotted modules). */
  matcher(pattern: string, importer: RelPath): ModuleMatcher;
  /** What a file is imported as (a TypeScript path, a Python dotted module), as module patterns test it. */
  importedAs(file: RelPath): string;
}

/** Builds the context; declarations are parsed on first use, so only the files a finder asks about are parsed. */
export function analyzeContext(plan: Plan, ws: Workspace, before: ValidationResult): AnalyzeContext {
  const index = ws.index();
  const { layerOf, audienceOf } = classifier(plan);
  const headers = new Map<RelPath, Header | undefined>();
  const decls = new Map<RelPath, DeclarationFact[] | undefined>();
  const matchers = new Map<string, ModuleMatcher>();
  const matcher = (p: string, importer: RelPath) => {
    const lang = languageOf(importer);
    const key = `${lang?.id}\0${p}`;
    return matchers.get(key) ?? matchers.set(key, lang ? lang.moduleMatcher(p, ws) : moduleMatcher(p, ws.settings)).get(key)!;
  };
  const ormPatterns = plan.rules.ORM_RUNTIME?.modules ?? [];
  // Asked for every import of the files a finder reads: the compiled patterns are kept per language.
  const ormByLanguage = new Map<string | undefined, ModuleMatcher[]>();
  const ormOf = (importer: RelPath) => {
    const id = languageOf(importer)?.id;
    let list = ormByLanguage.get(id);
    if (!list) ormByLanguage.set(id, (list = ormPatterns.map((p) => matcher(p, importer))));
    return list;
  };
  const header = (file: RelPath) => {
    if (!headers.has(file)) headers.set(file, factsProviderFor(file)?.header(ws.overlay.read(file)));
    return headers.get(file);
  };
  const declarations = (file: RelPath) => {
    if (!decls.has(file)) decls.set(file, factsProviderFor(file)?.declarations(file, ws.overlay.read(file), ws));
    return decls.get(file);
  };
  return {
    plan,
    ws,
    index,
    before,
    files: index.files(),
    layerOf,
    audienceOf,
    inScope: (file) => isWithin(file, plan.scope),
    lang: factsProviderFor,
    header,
    declarations,
    declared: (file) => {
      const value = headerValue(header(file), 'Layer');
      return value === undefined ? [] : declaredLayers(value);
    },
    isOrm: (importer, specifier, resolved) => ormOf(importer).some((m) => m(specifier, resolved)),
    matcher,
    importedAs: (file) => languageOf(file)?.importedAs(file, ws) ?? file,
  };
}

/** The file's folder's last segment: `drivers` for `x/drivers/a.ts`. */
export function folderName(file: RelPath): string {
  const dir = dirOf(file);
  return dir.slice(dir.lastIndexOf('/') + 1);
}
