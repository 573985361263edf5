import * as path from 'path';
import { importEsm } from './esm';
import { runPeer } from './protocol';

/** The plan's rules as dependency-cruiser forbidden rules; the name prefix before `:` is the plan category. */
export const FORBIDDEN_RULES = [
  { name: 'LEGACY_IMPORT', from: {}, to: { path: '^src/app/services/legacy/' } },
  {
    name: 'ORM_RUNTIME', from: { path: '/engines/' },
    to: { path: '^(src/vendor/typeorm/|typeorm$)', dependencyTypesNot: ['type-only'] },
  },
  { name: 'LAYER_BOUNDARY:L6', from: { path: '/drivers/' }, to: { path: '(/engines/|^src/app/[^/]+/general/runtime/)' } },
  { name: 'LAYER_BOUNDARY:L5', from: { path: '/engines/' }, to: { path: '^src/app/[^/]+/general/runtime/' } },
  { name: 'AUDIENCE_BOUNDARY:customer', from: { path: '^src/app/customer/' }, to: { path: '^src/app/internal/' } },
  { name: 'AUDIENCE_BOUNDARY:internal', from: { path: '^src/app/internal/' }, to: { path: '^src/app/customer/' } },
].map((rule) => ({ severity: 'error', ...rule }));

interface CruiseSummary {
  violations: Array<{ rule: { name: string } }>;
  totalCruised: number;
  totalDependenciesCruised?: number;
}
type Cruise = (files: string[], options: object, resolve: object, transpile: object) =>
  Promise<{ output: string | { summary: CruiseSummary } }>;

/** Cruises the corpus with the plan's rules, configured the way `depcruise --init` sets up a TypeScript project. */
async function cruiseCorpus(args: { corpus: string }): Promise<object> {
  process.chdir(args.corpus);
  const { cruise } = await importEsm<{ cruise: Cruise }>('dependency-cruiser');
  const { default: extractTSConfig } = await importEsm<{ default: (file: string) => object }>(
    'dependency-cruiser/config-utl/extract-ts-config');
  const tsConfigFile = path.join(args.corpus, 'tsconfig.json');
  const options = {
    validate: true,
    ruleSet: { forbidden: FORBIDDEN_RULES },
    tsConfig: { fileName: tsConfigFile },
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    skipAnalysisNotInRules: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.d.ts', '.js'], mainFields: ['module', 'main', 'types', 'typings'],
    },
    outputType: 'json',
  };
  const { output } = await cruise(['src'], options, {}, { tsConfig: extractTSConfig(tsConfigFile) });
  const summary = (typeof output === 'string' ? JSON.parse(output) : output).summary as CruiseSummary;
  const violations: Record<string, number> = {};
  for (const v of summary.violations) {
    const category = v.rule.name.split(':')[0];
    violations[category] = (violations[category] ?? 0) + 1;
  }
  return { modules: summary.totalCruised, dependencies: summary.totalDependenciesCruised, violations };
}

runPeer(cruiseCorpus);
