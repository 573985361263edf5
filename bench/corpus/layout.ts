import { Random } from './random';

export type Audience = 'customer' | 'internal';
export type ModuleKind = 'vendor' | 'legacy' | 'legacyTarget' | 'runtime' | 'schema' | 'engine' | 'driver' | 'facade';

/** One generated source file, before its imports are decided. */
export interface CorpusModule {
  readonly id: number;
  /** Root-relative, `/`-separated, with the `.ts` extension. */
  readonly path: string;
  readonly kind: ModuleKind;
  readonly audience?: Audience;
  /** Index of the domain within its audience (domain modules only). */
  readonly domainIndex?: number;
  /** Position within its folder (earlier siblings may be imported). */
  readonly order: number;
  /** The exported function; the exported interface is the same name capitalised. */
  readonly fn: string;
}

/** A domain folder `src/app/<audience>/<name>` and its modules by folder. */
export interface Domain {
  readonly audience: Audience;
  readonly index: number;
  readonly name: string;
  readonly folders: Record<'schemas' | 'engines' | 'drivers' | 'facades', CorpusModule[]>;
}

/** Every module of the corpus, grouped the ways the import planner needs. */
export interface Layout {
  readonly modules: CorpusModule[];
  readonly vendor: CorpusModule;
  readonly legacy: CorpusModule[];
  readonly legacyTargets: CorpusModule[];
  readonly runtime: Record<Audience, CorpusModule[]>;
  readonly domains: Record<Audience, Domain[]>;
  /** The customer domain whose `schemas` folder the move-folder phase relocates. */
  readonly hub: Domain;
}

/** Where the move-folder phase sends the hub schemas folder (root-relative). */
export const MOVE_TARGET = 'src/app/customer/general/shared_schemas';
/** The legacy counterparts the rewrite-legacy phase repoints `app/services/legacy` imports to. */
export const LEGACY_TARGET = 'src/app/customer/general/legacy';
/** The legacy namespace (root-relative). */
export const LEGACY_SOURCE = 'src/app/services/legacy';

const AREAS = ['billing', 'ledger', 'catalog', 'payments', 'shipping', 'identity', 'pricing', 'support',
  'inventory', 'search', 'notify', 'audit', 'reports', 'onboarding', 'loyalty', 'tax', 'fraud', 'quotes',
  'returns', 'contracts', 'vendors', 'routing', 'metrics', 'payroll', 'assets', 'claims', 'leases',
  'campaigns', 'booking', 'policy'];
const SUBJECTS = ['core', 'accounts', 'orders', 'events', 'rules', 'profiles', 'sessions', 'batches',
  'tickets', 'limits', 'ledgers', 'offers', 'plans', 'alerts', 'jobs', 'hooks', 'feeds', 'units',
  'slots', 'quotas', 'tokens', 'grants', 'flows', 'docs', 'links', 'rates', 'zones', 'items', 'teams', 'keys'];
const NOUNS = ['account', 'invoice', 'payment', 'order', 'entry', 'policy', 'event', 'session', 'record',
  'summary', 'request', 'result'];
const LEGACY_NAMES = ['accounts', 'mailer', 'billing', 'cache', 'queue', 'config', 'audit', 'clock',
  'crypto', 'locale', 'metrics', 'pdf', 'search', 'storage', 'templates', 'uploads', 'users', 'webhooks'];

const FOLDER_SIZES = { schemas: [4, 7], engines: [4, 7], drivers: [3, 6], facades: [2, 4] } as const;
const FOLDER_SUFFIX = { schemas: '', engines: '_engine', drivers: '_driver', facades: '_facade' } as const;
const FOLDER_KIND = { schemas: 'schema', engines: 'engine', drivers: 'driver', facades: 'facade' } as const;
const HUB_SCHEMAS = 6;

/** `foo_bar` → `fooBar`. */
export function camel(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** `fooBar` → `FooBar`. */
export function pascal(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** How many legacy modules and runtime modules a corpus of `files` files gets. */
export function fixedCounts(files: number): { legacy: number; runtimePerAudience: number } {
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  return { legacy: clamp(Math.round(files / 250), 24, 60), runtimePerAudience: clamp(Math.round(files / 100), 5, 250) };
}

function domainName(i: number): string {
  const a = AREAS[i % AREAS.length];
  const b = SUBJECTS[Math.floor(i / AREAS.length) % SUBJECTS.length];
  const round = Math.floor(i / (AREAS.length * SUBJECTS.length));
  return round === 0 ? `${a}_${b}` : `${a}_${b}${round}`;
}

type AddModule = (m: Omit<CorpusModule, 'id'>) => CorpusModule;

/** Lays out exactly `files` modules: vendor, legacy + counterparts, runtime, then domains. */
export function buildLayout(files: number, rng: Random): Layout {
  const modules: CorpusModule[] = [];
  const add: AddModule = (m) => {
    const full = { ...m, id: modules.length };
    modules.push(full);
    return full;
  };
  const { legacy: legacyCount, runtimePerAudience } = fixedCounts(files);
  const vendor = add({ path: 'src/vendor/typeorm/index.ts', kind: 'vendor', order: 0, fn: 'createRepository' });
  const legacyNames = Array.from({ length: legacyCount }, (_, i) =>
    i < LEGACY_NAMES.length ? LEGACY_NAMES[i] : `${LEGACY_NAMES[i % LEGACY_NAMES.length]}${Math.floor(i / LEGACY_NAMES.length)}`);
  const legacy = legacyNames.map((n, i) =>
    add({ path: `${LEGACY_SOURCE}/${n}.ts`, kind: 'legacy', order: i, fn: camel(`legacy_${n}`) }));
  const legacyTargets = legacyNames.map((n, i) => add({
    path: `${LEGACY_TARGET}/${n}.ts`, kind: 'legacyTarget', audience: 'customer', order: i, fn: camel(`legacy_${n}`),
  }));
  const runtime = { customer: [] as CorpusModule[], internal: [] as CorpusModule[] };
  for (const audience of ['customer', 'internal'] as const) {
    for (let i = 0; i < runtimePerAudience; i++) {
      runtime[audience].push(add({
        path: `src/app/${audience}/general/runtime/runtime_${i}.ts`, kind: 'runtime', audience, order: i,
        fn: `${audience}Runtime${i}`,
      }));
    }
  }
  const domains = { customer: [] as Domain[], internal: [] as Domain[] };
  for (let d = 0; modules.length < files; d++) {
    const audience: Audience = d % 2 === 0 ? 'customer' : 'internal';
    domains[audience].push(addDomain(audience, domains[audience].length, domainName(d), files - modules.length, add, rng));
  }
  if (domains.customer.length < 2 || domains.internal.length < 1) {
    throw new Error(`a corpus of ${files} files is too small for the layered layout`);
  }
  return { modules, vendor, legacy, legacyTargets, runtime, domains, hub: domains.customer[1] };
}

/** One domain with random folder sizes, truncated to `budget` modules (the last domain fills up to N). */
function addDomain(audience: Audience, index: number, name: string, budget: number, add: AddModule, rng: Random): Domain {
  const domain: Domain = { audience, index, name, folders: { schemas: [], engines: [], drivers: [], facades: [] } };
  let left = budget;
  for (const folder of ['schemas', 'engines', 'drivers', 'facades'] as const) {
    const isHub = audience === 'customer' && index === 1 && folder === 'schemas';
    const [lo, hi] = FOLDER_SIZES[folder];
    const size = isHub ? HUB_SCHEMAS : rng.int(lo, hi);
    const nouns = rng.sample(NOUNS, size);
    for (let i = 0; i < size && left > 0; i++, left--) {
      const base = `${nouns[i]}${FOLDER_SUFFIX[folder]}`;
      domain.folders[folder].push(add({
        path: `src/app/${audience}/${name}/${folder}/${base}.ts`, kind: FOLDER_KIND[folder], audience,
        domainIndex: index, order: i, fn: camel(`${name}_${base}`) + (FOLDER_SUFFIX[folder] ? '' : 'Schema'),
      }));
    }
  }
  return domain;
}
