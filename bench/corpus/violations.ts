import { ImportPlanner, plantedCounts } from './imports';
import { CorpusModule, Domain, Layout } from './layout';
import { Random } from './random';

/** Violations planted per plan rule, plus a few facts the sanity checks and scenarios use. */
export interface PlantedViolations {
  readonly LEGACY_IMPORT: number;
  readonly ORM_RUNTIME: number;
  readonly LAYER_BOUNDARY: number;
  readonly AUDIENCE_BOUNDARY: number;
  /** Engines with `import type` from typeorm: exempt, must not be reported. */
  readonly ormTypeOnlyExempt: number;
  /** Files outside the hub schemas folder that import it (the move-folder phase rewrites them). */
  readonly hubImporters: number;
}

function domainModules(domains: Domain[]): CorpusModule[] {
  return domains.flatMap((d) => [...d.folders.schemas, ...d.folders.engines, ...d.folders.drivers, ...d.folders.facades]);
}

/** Adds one import from each of `k` random candidates; returns how many were added. */
function plant(rng: Random, candidates: CorpusModule[], k: number, addOne: (m: CorpusModule) => boolean): number {
  let added = 0;
  for (const m of rng.shuffle(candidates)) {
    if (added === k) break;
    if (addOne(m)) added++;
  }
  return added;
}

/** Plants the violations (and the hub importers) on top of the clean wiring. */
export function plantViolations(layout: Layout, planner: ImportPlanner, rng: Random, files: number): PlantedViolations {
  const want = plantedCounts(files);
  const customer = domainModules(layout.domains.customer);
  const all = [...customer, ...domainModules(layout.domains.internal)];
  const engines = all.filter((m) => m.kind === 'engine');
  const engineOf = new Map(layout.domains.customer.concat(layout.domains.internal).map((d) => [d, d.folders.engines]));
  const domainOf = (m: CorpusModule) => layout.domains[m.audience!][m.domainIndex!];
  const internalSchemas = layout.domains.internal.flatMap((d) => d.folders.schemas);

  const legacy = plant(rng, customer, want.legacy, (m) => planner.add(m, rng.pick(layout.legacy), 'baseUrl', 'legacy'));
  const ormRuntime = plant(rng, engines, want.ormRuntime, (m) => planner.add(m, layout.vendor, 'package', 'ormRuntime'));
  plant(rng, engines, want.ormType, (m) => planner.add(m, layout.vendor, 'package', 'ormType', true));
  const driverToEngine = plant(rng, all.filter((m) => m.kind === 'driver'), want.driverToEngine, (m) => {
    const pool = engineOf.get(domainOf(m))!;
    return pool.length > 0 && planner.add(m, rng.pick(pool), 'relative', 'driverToEngine');
  });
  const engineToRuntime = plant(rng, engines, want.engineToRuntime, (m) =>
    planner.add(m, rng.pick(layout.runtime[m.audience!]), rng.chance(0.5) ? 'alias' : 'relative', 'engineToRuntime'));
  const audience = plant(rng, customer, want.audience, (m) =>
    planner.add(m, rng.pick(internalSchemas), rng.chance(0.7) ? 'alias' : 'baseUrl', 'audience'));

  const hubImporters = plantHubImporters(layout, planner, rng, files);
  const ormTypeOnlyExempt = engines.filter((m) =>
    planner.imports(m).some((i) => i.target === layout.vendor && i.typeOnly)).length;
  return {
    LEGACY_IMPORT: legacy, ORM_RUNTIME: ormRuntime, LAYER_BOUNDARY: driverToEngine + engineToRuntime,
    AUDIENCE_BOUNDARY: audience, ormTypeOnlyExempt, hubImporters,
  };
}

/** Tops up the importers of the hub schemas folder to ~1% of the files. */
function plantHubImporters(layout: Layout, planner: ImportPlanner, rng: Random, files: number): number {
  const hubSchemas = layout.hub.folders.schemas;
  const hubIds = new Set(hubSchemas.map((m) => m.id));
  const outside = [...domainModules(layout.domains.customer), ...layout.runtime.customer].filter((m) => !hubIds.has(m.id));
  const importsHub = (m: CorpusModule) => planner.imports(m).some((i) => hubIds.has(i.target.id));
  let count = outside.filter(importsHub).length;
  const want = Math.max(10, Math.round(files * 0.01));
  count += plant(rng, outside.filter((m) => !importsHub(m)), Math.max(0, want - count), (m) =>
    planner.add(m, rng.pick(hubSchemas), planner.crossStyle(), 'hub'));
  return count;
}
