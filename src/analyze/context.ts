import { headerValue } from '../header/header';
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
  /** True when a specifier or resolved path is one of the ORM modules of ORM_RUNTIME. */
  isOrm(specifier: string, resolved?: RelPath): boolean;
  matcher(pattern: string): ModuleMatcher;
}

/** Builds the context; declarations are parsed on first use, so only the files a finder asks about are parsed. */
export function analyzeContext(plan: Plan, ws: Workspace, before: ValidationResult): AnalyzeContext {
  const index = ws.index();
  const { layerOf, audienceOf } = classifier(plan);
  const headers = new Map<RelPath, Header | undefined>();
  const decls = new Map<RelPath, DeclarationFact[] | undefined>();
  const matchers = new Map<string, ModuleMatcher>();
  const matcher = (p: string) => matchers.get(p) ?? matchers.set(p, moduleMatcher(p, ws.settings)).get(p)!;
  const orm = (plan.rules.ORM_RUNTIME?.modules ?? []).map(matcher);
  const header = (file: RelPath) => {
    if (!headers.has(file)) headers.set(file, factsProviderFor(file)?.header(ws.overlay.read(file)));
    return headers.get(file);
  };
  const declarations = (file: RelPath) => {
    if (!decls.has(file)) decls.set(file, factsProviderFor(file)?.declarations(file, ws.overlay.read(file)));
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
    isOrm: (specifier, resolved) => orm.some((m) => m(specifier, resolved)),
    matcher,
  };
}

/** The file's folder's last segment: `drivers` for `x/drivers/a.ts`. */
export function folderName(file: RelPath): string {
  const dir = dirOf(file);
  return dir.slice(dir.lastIndexOf('/') + 1);
}
