import { Audience, CorpusModule, Domain, Layout } from './layout';
import { Random } from './random';

export type ImportStyle = 'relative' | 'alias' | 'baseUrl' | 'package';
/** Why an import exists: clean wiring, or one of the planted violation kinds. */
export type ImportPurpose = 'clean' | 'hub' | 'vendorType' | 'driverOrm' | 'legacy' | 'ormRuntime' | 'ormType'
  | 'driverToEngine' | 'engineToRuntime' | 'audience';

/** One import statement of one module. */
export interface PlannedImport {
  readonly target: CorpusModule;
  readonly style: ImportStyle;
  readonly purpose: ImportPurpose;
  /** `import type { Repository } from 'typeorm'` (only for the vendor module). */
  readonly typeOnly: boolean;
  /** Also import the target's interface and use it as a field type. */
  readonly withType: boolean;
}

/** How many violations of each kind to plant; proportional to size (the 10k figures are the brief's). */
export function plantedCounts(files: number): Record<'legacy' | 'ormRuntime' | 'ormType' | 'driverToEngine'
  | 'engineToRuntime' | 'audience', number> {
  const s = files / 10000;
  return {
    legacy: Math.round(500 * s), ormRuntime: Math.round(300 * s), ormType: Math.round(300 * s),
    driverToEngine: Math.round(100 * s), engineToRuntime: Math.round(100 * s), audience: Math.round(100 * s),
  };
}

/** Decides every import of every module: clean wiring first, then the planted violations. */
export class ImportPlanner {
  readonly plans = new Map<number, PlannedImport[]>();
  private readonly targets = new Map<number, Set<number>>();

  constructor(private readonly layout: Layout, private readonly rng: Random) {
    for (const m of layout.modules) {
      this.plans.set(m.id, []);
      this.targets.set(m.id, new Set());
    }
  }

  /** Adds an import unless `from` already imports `target`; true when added. */
  add(from: CorpusModule, target: CorpusModule, style: ImportStyle, purpose: ImportPurpose, typeOnly = false): boolean {
    const seen = this.targets.get(from.id)!;
    if (seen.has(target.id) || target.id === from.id) return false;
    seen.add(target.id);
    const withType = purpose !== 'vendorType' && target.kind !== 'vendor' && this.rng.chance(0.3);
    this.plans.get(from.id)!.push({ target, style, purpose, typeOnly, withType });
    return true;
  }

  imports(from: CorpusModule): PlannedImport[] {
    return this.plans.get(from.id)!;
  }

  /** A cross-folder specifier style: mostly relative or `@app/…`, some baseUrl-rooted. */
  crossStyle(): ImportStyle {
    const r = this.rng.next();
    return r < 0.4 ? 'relative' : r < 0.8 ? 'alias' : 'baseUrl';
  }

  /** A schema of an earlier domain of the same audience (nearby, so imports stay local-ish). */
  earlierSchema(audience: Audience, domainIndex: number): CorpusModule | undefined {
    if (domainIndex === 0) return undefined;
    const lo = Math.max(0, domainIndex - 20);
    const domain = this.layout.domains[audience][this.rng.int(lo, domainIndex - 1)];
    return domain.folders.schemas.length ? this.rng.pick(domain.folders.schemas) : undefined;
  }

  /** Wires every module cleanly: 2–6 imports, no violation of any rule. */
  planClean(): void {
    for (const audience of ['customer', 'internal'] as const) {
      for (const domain of this.layout.domains[audience]) this.planDomain(domain);
      for (const m of this.layout.runtime[audience]) this.planRuntime(m, audience);
    }
  }

  private planDomain(domain: Domain): void {
    const { schemas, engines, drivers, facades } = domain.folders;
    const hubFirst = domain === this.layout.hub ? this.layout.domains.customer[0].folders.schemas : [];
    for (const m of schemas) {
      for (const s of this.rng.sample(schemas.slice(0, m.order), this.rng.int(1, 3))) this.add(m, s, 'relative', 'clean');
      if (hubFirst.length) this.add(m, this.rng.pick(hubFirst), 'relative', 'clean');
      else this.maybeEarlierSchema(m, domain, 0.5);
      this.fill(m, domain);
    }
    for (const m of engines) {
      for (const s of this.rng.sample(schemas, this.rng.int(1, 2))) this.add(m, s, 'relative', 'clean');
      if (m.order > 0 && this.rng.chance(0.4)) this.add(m, this.rng.pick(engines.slice(0, m.order)), 'relative', 'clean');
      this.maybeEarlierSchema(m, domain, 0.4);
      this.fill(m, domain);
    }
    for (const m of drivers) {
      this.add(m, this.layout.vendor, 'package', 'driverOrm');
      for (const s of this.rng.sample(schemas, this.rng.int(1, 2))) this.add(m, s, 'relative', 'clean');
      if (m.order > 0 && this.rng.chance(0.3)) this.add(m, this.rng.pick(drivers.slice(0, m.order)), 'relative', 'clean');
      this.fill(m, domain);
    }
    for (const m of facades) {
      for (const e of this.rng.sample(engines, this.rng.int(1, 2))) this.add(m, e, 'relative', 'clean');
      if (drivers.length) this.add(m, this.rng.pick(drivers), 'relative', 'clean');
      if (schemas.length && this.rng.chance(0.5)) this.add(m, this.rng.pick(schemas), 'relative', 'clean');
      this.fill(m, domain);
    }
  }

  private maybeEarlierSchema(m: CorpusModule, domain: Domain, p: number): void {
    const s = this.rng.chance(p) ? this.earlierSchema(domain.audience, domain.index) : undefined;
    if (s) this.add(m, s, this.crossStyle(), 'clean');
  }

  /** Tops a module up to two imports; the first domain of an audience falls back to an ORM type import. */
  private fill(m: CorpusModule, domain: Domain): void {
    for (let tries = 0; this.imports(m).length < 2 && tries < 4; tries++) {
      const s = this.earlierSchema(domain.audience, domain.index);
      if (s) this.add(m, s, this.crossStyle(), 'clean');
    }
    if (this.imports(m).length < 2 && m.kind !== 'engine') this.add(m, this.layout.vendor, 'package', 'vendorType', true);
  }

  private planRuntime(m: CorpusModule, audience: Audience): void {
    const domains = this.layout.domains[audience];
    for (let i = this.rng.int(2, 3); i > 0; i--) {
      const domain = this.rng.pick(domains);
      const pool = this.rng.chance(0.6) && domain.folders.engines.length ? domain.folders.engines : domain.folders.schemas;
      if (pool.length) this.add(m, this.rng.pick(pool), this.rng.chance(0.7) ? 'alias' : 'baseUrl', 'clean');
    }
  }
}
