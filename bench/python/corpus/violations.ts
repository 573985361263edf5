import { Random } from '../../corpus/random';
import { PyImportPlanner } from './imports';
import { PyDomain, PyLayout, PyModule } from './layout';

/** How many violations of each kind a corpus of `files` files gets. */
export function plantCount(files: number): number {
  return Math.max(2, Math.round(files / 1000));
}

function domainModules(ds: PyDomain[], folders: Array<keyof PyDomain['folders']>): PyModule[] {
  return ds.flatMap((d) => folders.flatMap((f) => d.folders[f]));
}

/**
 * Plants the violations (see render.ts for how each is written). Every planted import breaks exactly
 * one rule: its importer and target are chosen so no other rule sees it.
 */
export function plantPyViolations(layout: PyLayout, planner: PyImportPlanner, rng: Random, files: number): void {
  const k = plantCount(files);
  const customer = layout.domains.filter((d) => d.audience === 'customer');
  const engines = domainModules(layout.domains, ['engines']).filter((m) => !planner.ormExempt.has(m.id));
  const drivers = domainModules(layout.domains, ['drivers']);
  const pick = <T>(list: T[], n: number) => rng.sample(list, n);

  for (const m of pick(domainModules(layout.domains, ['engines', 'facades']), k)) {
    planner.add(m, { target: rng.pick(layout.legacy), style: rng.pick(['abs', 'pkg'] as const), typeOnly: false, planted: 'LEGACY_IMPORT' });
  }
  // The rewrite-legacy phase's material: customer modules on app.services.legacy_x, in every import form.
  for (const m of pick(domainModules(customer, ['engines', 'drivers', 'facades']), Math.max(3, Math.round(files / 200)))) {
    planner.add(m, { target: rng.pick(layout.legacyX), style: rng.pick(['abs', 'as', 'pkg'] as const), typeOnly: false, planted: 'LEGACY_IMPORT' });
  }
  const ormEngines = pick(engines, k);
  for (const m of ormEngines) planner.add(m, { target: rng.pick(planner.sqlalchemyModules), style: 'abs', typeOnly: false, planted: 'ORM_RUNTIME' });
  for (const m of pick(drivers, Math.max(1, Math.floor(k / 2)))) planner.header(m).hybrid = true;
  for (const m of pick(drivers, k)) {
    const engine = rng.pick(m.domain!.folders.engines);
    planner.add(m, { target: engine, style: rng.pick(['rel', 'relpkg', 'abs'] as const), typeOnly: rng.chance(0.3), planted: 'LAYER_BOUNDARY' });
  }
  for (const m of pick([...drivers, ...engines], k)) {
    planner.add(m, { target: rng.pick(layout.runtime[m.audience!]), style: 'abs', typeOnly: false, planted: 'LAYER_BOUNDARY' });
  }
  for (const m of pick(engines.filter((e) => !planner.headers.has(e.id)), k)) planner.header(m).wrongLayer = true;
  for (const m of pick(domainModules(customer, ['schemas', 'engines', 'facades']).filter((e) => !planner.headers.has(e.id)), Math.max(1, Math.floor(k / 2)))) {
    planner.header(m).wrongAudience = true;
  }
  plantCrossAudience(layout, planner, rng, k);
  for (const m of pick(domainModules(layout.domains, ['schemas', 'engines', 'drivers', 'facades']), k)) {
    planner.add(m, { style: rng.pick(['rel', 'abs'] as const), typeOnly: true, planted: 'UNRESOLVED_IMPORT' });
  }
}

/** Engines and facades importing a schema of an earlier domain of the other audience (schemas are L7: no layer rule fires). */
function plantCrossAudience(layout: PyLayout, planner: PyImportPlanner, rng: Random, k: number): void {
  let added = 0;
  for (const d of rng.shuffle(layout.domains)) {
    if (added === k) break;
    const other = layout.domains.filter((o) => o.order < d.order && o.audience !== d.audience);
    if (!other.length) continue;
    const importer = rng.pick([...d.folders.engines, ...d.folders.facades]);
    planner.add(importer, { target: rng.pick(rng.pick(other).folders.schemas), style: rng.pick(['abs', 'as'] as const), typeOnly: rng.chance(0.3), planted: 'AUDIENCE_BOUNDARY' });
    added++;
  }
}
