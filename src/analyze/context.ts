import { headerValue } from '../header/header';
import type { Plan } from '../plan/types';
import { classifier } from '../validate/classify';
import { declaredLayers } from '../validate/rules/header-layer';
import type { ValidationResult } from '../validate/types';
import type { ImportIndex } from '../workspace/import-index';
import { moduleMatcher, type ModuleMatcher } from '../workspace/module-pattern';
import { dirOf, isWithin, type RelPath } from '../workspace/paths';
import type { Workspace } from '../workspace/workspace';
import { factsProviderFor, type FactsProvider, type FileFacts } from './facts';

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
  /** The file's facts and its language's provider; undefined for files no language reads. */
  facts(file: RelPath): { facts: FileFacts; lang: FactsProvider } | undefined;
  /** The layers the file's `Layer:` header declares (empty without one). */
  declared(file: RelPath): string[];
  /** True when a specifier or resolved path is one of the ORM modules of ORM_RUNTIME. */
  isOrm(specifier: string, resolved?: RelPath): boolean;
  matcher(pattern: string): ModuleMatcher;
}

/** Builds the context; facts are parsed on first use, so only the files a finder asks about are parsed. */
export function analyzeContext(plan: Plan, ws: Workspace, before: ValidationResult): AnalyzeContext {
  const index = ws.index();
  const { layerOf, audienceOf } = classifier(plan);
  const factsCache = new Map<RelPath, ReturnType<AnalyzeContext['facts']>>();
  const matchers = new Map<string, ModuleMatcher>();
  const matcher = (p: string) => matchers.get(p) ?? matchers.set(p, moduleMatcher(p, ws.settings)).get(p)!;
  const orm = (plan.rules.ORM_RUNTIME?.modules ?? []).map(matcher);
  const facts = (file: RelPath) => {
    if (!factsCache.has(file)) {
      const lang = factsProviderFor(file);
      factsCache.set(file, lang && { facts: lang.facts(file, ws.overlay.read(file)), lang });
    }
    return factsCache.get(file);
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
    facts,
    declared: (file) => {
      const value = headerValue(facts(file)?.facts.header, 'Layer');
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
