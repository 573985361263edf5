import { Random } from '../../corpus/random';

export type PyAudience = 'customer' | 'internal';
export type PyFolder = 'schemas' | 'engines' | 'drivers' | 'facades';
export type PyKind = 'package' | 'vendor' | 'legacy' | 'legacyX' | 'legacyTarget' | 'runtime' | 'schema' | 'engine' | 'driver' | 'facade';

/** One generated `.py` file. Packages (`__init__.py`) have kind `package`. */
export interface PyModule {
  readonly id: number;
  /** Root-relative, `/`-separated. */
  readonly path: string;
  /** The absolute module name under the `backend` (or `backend/vendor`) root. */
  readonly dotted: string;
  readonly kind: PyKind;
  readonly audience?: PyAudience;
  readonly domain?: PyDomain;
  /** The file name without `.py`; for a package, its folder name. */
  readonly stem: string;
}

/** `backend/app/houseofcards/<audience>/<name>` and its modules by folder. */
export interface PyDomain {
  readonly audience: PyAudience;
  /** Position in the global order: a domain only imports domains before it (no import cycles). */
  readonly order: number;
  readonly name: string;
  readonly dotted: string;
  readonly folders: Record<PyFolder, PyModule[]>;
}

/** Every module of the corpus, grouped the ways the import planner needs. */
export interface PyLayout {
  readonly modules: PyModule[];
  readonly legacy: PyModule[];
  readonly legacyX: PyModule[];
  readonly legacyTargets: PyModule[];
  readonly runtime: Record<PyAudience, PyModule[]>;
  readonly domains: PyDomain[];
  /** The customer domain whose `schemas` package the move-package phase relocates. */
  readonly hub: PyDomain;
}

export const HOC = 'backend/app/houseofcards';
/** The package the hub `schemas` package moves into (rope's destination); remediate's target is `<this>/schemas`. */
export const PY_MOVE_DEST = `${HOC}/customer/general/shared`;
/** The legacy namespace the rewrite-legacy phase repoints, and where it points it to. */
export const PY_LEGACY_SOURCE = 'app.services.legacy_x';
export const PY_LEGACY_TARGET = `${HOC}/customer/general/legacy`;

const AREAS = ['billing', 'ledger', 'catalog', 'payments', 'shipping', 'identity', 'pricing', 'support',
  'inventory', 'search', 'notify', 'audit', 'reports', 'onboarding', 'loyalty', 'tax', 'fraud', 'quotes'];
const SUBJECTS = ['core', 'accounts', 'orders', 'events', 'rules', 'profiles', 'sessions', 'batches',
  'tickets', 'limits', 'ledgers', 'offers', 'plans', 'alerts', 'jobs', 'hooks', 'feeds', 'units'];
const NOUNS = ['account', 'invoice', 'payment', 'order', 'entry', 'policy', 'event', 'session', 'record',
  'summary', 'request', 'result', 'quota', 'ticket'];
const LEGACY_NAMES = ['accounts', 'mailer', 'billing', 'cache', 'queue', 'config', 'audit', 'clock',
  'crypto', 'locale', 'metrics', 'pdf', 'storage', 'templates', 'uploads', 'users', 'webhooks', 'search'];
const FOLDER_SIZES: Record<PyFolder, [number, number]> = { schemas: [4, 7], engines: [4, 7], drivers: [3, 6], facades: [2, 4] };
const FOLDER_SUFFIX: Record<PyFolder, string> = { schemas: 'schema', engines: 'engine', drivers: 'driver', facades: 'facade' };
const FOLDER_KIND: Record<PyFolder, PyKind> = { schemas: 'schema', engines: 'engine', drivers: 'driver', facades: 'facade' };
export const FOLDERS: readonly PyFolder[] = ['schemas', 'engines', 'drivers', 'facades'];
const HUB_SCHEMAS = 6;
const BANNED_EVERY = 40;

class Builder {
  readonly modules: PyModule[] = [];
  constructor(readonly budget: number) {}
  get left(): number {
    return this.budget - this.modules.length;
  }
  add(path: string, kind: PyKind, extra: Partial<PyModule> = {}): PyModule {
    const isPackage = path.endsWith('/__init__.py');
    const bare = isPackage ? path.slice(0, -'/__init__.py'.length) : path.slice(0, -'.py'.length);
    const rootless = bare.startsWith('backend/vendor/') ? bare.slice('backend/vendor/'.length) : bare.slice('backend/'.length);
    const m: PyModule = { id: this.modules.length, path, dotted: rootless.replace(/\//g, '.'), kind, stem: bare.slice(bare.lastIndexOf('/') + 1), ...extra };
    this.modules.push(m);
    return m;
  }
}

/** Which files exist: exactly `files` `.py` files (at least 200), deterministic for a seed. */
export function buildPyLayout(files: number, rng: Random): PyLayout {
  if (files < 200) throw new Error(`a Python corpus needs at least 200 files, not ${files}`);
  const b = new Builder(files);
  b.add('backend/vendor/sqlalchemy/__init__.py', 'vendor');
  b.add('backend/vendor/sqlalchemy/orm.py', 'vendor');
  for (const p of ['app', 'app/houseofcards', 'app/services', 'app/services/legacy_x']) b.add(`backend/${p}/__init__.py`, 'package');
  const legacy = LEGACY_NAMES.slice(0, 8).map((n) => b.add(`backend/app/services/${n}.py`, 'legacy'));
  const legacyNames = LEGACY_NAMES.slice(8);
  const legacyX = legacyNames.map((n) => b.add(`backend/app/services/legacy_x/${n}.py`, 'legacyX'));
  const runtime = { customer: [] as PyModule[], internal: [] as PyModule[] };
  for (const audience of ['customer', 'internal'] as const) {
    for (const p of ['', '/general', '/general/runtime']) b.add(`${HOC}/${audience}${p}/__init__.py`, 'package', { audience });
  }
  b.add(`${PY_MOVE_DEST}/__init__.py`, 'package', { audience: 'customer' });
  b.add(`${PY_LEGACY_TARGET}/__init__.py`, 'package', { audience: 'customer' });
  const legacyTargets = legacyNames.map((n) => b.add(`${PY_LEGACY_TARGET}/${n}.py`, 'legacyTarget', { audience: 'customer' }));
  const runtimeEach = Math.min(120, Math.max(4, Math.round(files / 200)));
  for (const audience of ['customer', 'internal'] as const) {
    for (let i = 0; i < runtimeEach; i++) {
      runtime[audience].push(b.add(`${HOC}/${audience}/general/runtime/${rng.pick(NOUNS)}_runtime_${i}.py`, 'runtime', { audience }));
    }
  }
  const domains = buildDomains(b, rng);
  for (let i = 0; b.left > 0; i++) {
    runtime.customer.push(b.add(`${HOC}/customer/general/runtime/extra_runtime_${i}.py`, 'runtime', { audience: 'customer' }));
  }
  const hub = domains.find((d) => d.audience === 'customer')!;
  return { modules: b.modules, legacy, legacyX, legacyTargets, runtime, domains, hub };
}

function buildDomains(b: Builder, rng: Random): PyDomain[] {
  const domains: PyDomain[] = [];
  const minimum = 5 + 4;
  for (let order = 0; b.left >= minimum + 2; order++) {
    const audience: PyAudience = order % 2 === 0 ? 'customer' : 'internal';
    const name = `${AREAS[order % AREAS.length]}_${SUBJECTS[Math.floor(order / AREAS.length) % SUBJECTS.length]}${order >= AREAS.length * SUBJECTS.length ? `_${order}` : ''}`;
    const base = `${HOC}/${audience}/${name}`;
    const folders: Record<PyFolder, PyModule[]> = { schemas: [], engines: [], drivers: [], facades: [] };
    const domain: PyDomain = { audience, order, name, dotted: base.slice('backend/'.length).replace(/\//g, '.'), folders };
    b.add(`${base}/__init__.py`, 'package', { audience, domain });
    for (const folder of FOLDERS) b.add(`${base}/${folder}/__init__.py`, 'package', { audience, domain });
    for (const folder of FOLDERS) {
      const [lo, hi] = FOLDER_SIZES[folder];
      const wanted = order === 0 && folder === 'schemas' ? HUB_SCHEMAS : rng.int(lo, hi);
      const count = Math.max(1, Math.min(wanted, b.left - (FOLDERS.length - FOLDERS.indexOf(folder) - 1)));
      const nouns = rng.sample(NOUNS, count);
      for (const [i, noun] of nouns.entries()) {
        // BANNED_NAMING: one engine of every BANNED_EVERY-th domain is named like the seed's *_service modules.
        const banned = folder === 'engines' && i === 0 && order % BANNED_EVERY === 3;
        const stem = banned ? `${noun}_${order}_service` : `${noun}_${FOLDER_SUFFIX[folder]}_${order}_${i}`;
        folders[folder].push(b.add(`${base}/${folder}/${stem}.py`, FOLDER_KIND[folder], { audience, domain }));
      }
    }
    domains.push(domain);
  }
  return domains;
}
