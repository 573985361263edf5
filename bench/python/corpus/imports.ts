import { Random } from '../../corpus/random';
import { PyDomain, PyLayout, PyModule } from './layout';

/**
 * How an import is written: `from a.b import N` (abs), `import a.b as m_1` (as), `from a import b`
 * (pkg: the submodule by name), `from ..schemas.x import N` (rel), `from . import x` / `from ..drivers import x` (relpkg).
 */
export type PyImportStyle = 'abs' | 'as' | 'pkg' | 'rel' | 'relpkg';
export type PlantedRule = 'LEGACY_IMPORT' | 'ORM_RUNTIME' | 'LAYER_BOUNDARY' | 'AUDIENCE_BOUNDARY' | 'UNRESOLVED_IMPORT';

/** One import of a generated module; `target` undefined means a planted import of a missing module. */
export interface PyImport {
  readonly target?: PyModule;
  readonly style: PyImportStyle;
  readonly typeOnly: boolean;
  /** The violation this import was planted for. */
  readonly planted?: PlantedRule;
}

/** Per-module decisions other than imports: header lies and HYBRID drivers. */
export interface HeaderPlant {
  wrongLayer?: boolean;
  wrongAudience?: boolean;
  hybrid?: boolean;
}

/** Decides every module's imports: clean wiring first, then the planted violations. */
export class PyImportPlanner {
  private readonly byModule = new Map<number, PyImport[]>();
  readonly headers = new Map<number, HeaderPlant>();
  /** Engines importing sqlalchemy under `if TYPE_CHECKING:` (exempt from ORM_RUNTIME). */
  readonly ormExempt = new Set<number>();

  constructor(private readonly layout: PyLayout, private readonly rng: Random, readonly sqlalchemyModules: PyModule[]) {}

  /** The imports of one module, in source order. */
  imports(m: PyModule): readonly PyImport[] {
    return this.byModule.get(m.id) ?? [];
  }

  add(m: PyModule, imp: PyImport): void {
    const list = this.byModule.get(m.id);
    if (list) list.push(imp);
    else this.byModule.set(m.id, [imp]);
  }

  header(m: PyModule): HeaderPlant {
    let h = this.headers.get(m.id);
    if (!h) this.headers.set(m.id, (h = {}));
    return h;
  }

  /** Layer-respecting, audience-respecting, cycle-free imports. */
  planClean(): void {
    const { rng, layout } = this;
    for (const a of ['customer', 'internal'] as const) {
      layout.runtime[a].forEach((m, i) => {
        if (i > 0 && rng.chance(0.5)) this.add(m, { target: layout.runtime[a][rng.int(0, i - 1)], style: 'abs', typeOnly: false });
        if (a === 'customer' && rng.chance(0.4)) this.add(m, { target: rng.pick(layout.legacyTargets), style: 'abs', typeOnly: false });
      });
    }
    const earlier = { customer: [] as PyDomain[], internal: [] as PyDomain[] };
    for (const d of layout.domains) {
      this.planDomain(d, earlier[d.audience]);
      earlier[d.audience].push(d);
    }
  }

  private planDomain(d: PyDomain, before: PyDomain[]): void {
    const { rng } = this;
    const { schemas, engines, drivers, facades } = d.folders;
    const sibling = (m: PyModule, list: PyModule[], i: number) => {
      if (i > 0 && rng.chance(0.6)) this.add(m, { target: list[rng.int(0, i - 1)], style: rng.chance(0.5) ? 'rel' : 'relpkg', typeOnly: false });
    };
    const foreignSchema = (m: PyModule) => {
      if (!before.length || !rng.chance(0.5)) return;
      const hub = d.audience === 'customer' && rng.chance(0.4) ? this.layout.hub : rng.pick(before);
      this.add(m, { target: rng.pick(hub.folders.schemas), style: rng.chance(0.7) ? 'abs' : 'as', typeOnly: rng.chance(0.2) });
    };
    schemas.forEach((m, i) => sibling(m, schemas, i));
    engines.forEach((m, i) => {
      for (const s of rng.sample(schemas, rng.int(1, 3))) this.add(m, { target: s, style: 'rel', typeOnly: false });
      sibling(m, engines, i);
      foreignSchema(m);
      if (rng.chance(0.15)) {
        this.add(m, { target: this.sqlalchemyModules[1], style: 'abs', typeOnly: true });
        this.ormExempt.add(m.id);
      }
    });
    drivers.forEach((m, i) => {
      this.add(m, { target: this.sqlalchemyModules[0], style: 'abs', typeOnly: false });
      this.add(m, { target: this.sqlalchemyModules[1], style: 'abs', typeOnly: false });
      for (const s of rng.sample(schemas, rng.int(1, 2))) this.add(m, { target: s, style: rng.chance(0.7) ? 'rel' : 'as', typeOnly: false });
      sibling(m, drivers, i);
    });
    facades.forEach((m) => {
      for (const e of rng.sample(engines, rng.int(1, 2))) this.add(m, { target: e, style: 'rel', typeOnly: false });
      if (rng.chance(0.6)) this.add(m, { target: rng.pick(drivers), style: 'relpkg', typeOnly: false });
      if (rng.chance(0.3)) this.add(m, { target: rng.pick(this.layout.runtime[d.audience]), style: 'abs', typeOnly: false });
      foreignSchema(m);
    });
  }
}
