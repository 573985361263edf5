// Small TypeScript code bases for `remediate analyze`: one customer domain (src/app/cust/orders) with
// drivers, engines and schemas folders, a shared general folder, an internal audience and a legacy
// namespace; each kind of drift the analyzer looks for can be injected on its own.

export const DRIFT_KINDS = [
  'schema-file',
  'logic-file',
  'mixed-file',
  'legacy-with-counterpart',
  'legacy-without-counterpart',
  'wrong-header',
  'wrong-audience',
  'stale-barrel',
] as const;
export type DriftKind = (typeof DRIFT_KINDS)[number];

const D = 'src/app/cust/orders';

export const PLAN = `version: 1
name: drift
root: ..
scope: ${D}
layers:
  L5: { title: Domain Engine, paths: ["**/engines/**", "**/schemas/**"] }
  L6: { title: Drivers, paths: ["**/drivers/**"] }
audiences:
  CUSTOMER: src/app/cust
  INTERNAL: src/app/int
rules:
  BANNED_NAMING: { files: ["**/*_service.ts"] }
  LEGACY_IMPORT: { modules: ["**/legacy/**"] }
  ORM_RUNTIME: { modules: [typeorm], layers: [L5] }
  LAYER_BOUNDARY:
    L6: { deny: [L5], allow-type-only: true }
  HEADER_LAYER: {}
  AUDIENCE_BOUNDARY: {}
  BARREL_STALE: { barrels: [api] }
`;

const TSCONFIG = JSON.stringify({
  compilerOptions: { strict: true, target: 'ES2022', lib: ['ES2022'], types: [], module: 'commonjs', moduleResolution: 'node10', noEmit: true, baseUrl: 'src', paths: { typeorm: ['vendor/typeorm'] } },
  include: ['src'],
});

const header = (layer: string, audience = 'CUSTOMER') => `// Layer: ${layer}\n// AUDIENCE: ${audience}\n\n`;

/** The tree without drift: a driver, an engine, the ORM stand-in and the legacy namespace. */
function cleanFiles(): Record<string, string> {
  return {
    'plans/plan.yaml': PLAN,
    'tsconfig.json': TSCONFIG,
    'src/vendor/typeorm/index.ts': 'export class DataSource {\n  query(sql: string): unknown[] {\n    return [sql];\n  }\n}\n',
    'src/legacy/format.ts': 'export function formatTotal(cents: number): string {\n  return `${cents / 100}`;\n}\n',
    'src/legacy/pager.ts': 'export function page(who: string): string {\n  return who;\n}\n',
    [`${D}/drivers/order_store.ts`]:
      header('L6 — Drivers') +
      "import { DataSource } from 'typeorm';\n\nexport interface OrderRow {\n  id: string;\n  cents: number;\n}\n\nexport class OrderStore {\n  constructor(private readonly ds: DataSource) {}\n\n  all(): OrderRow[] {\n    return this.ds.query('select') as OrderRow[];\n  }\n}\n",
    [`${D}/api/routes.ts`]: "export function route(path: string): string {\n  return `/orders${path}`;\n}\n",
    [`${D}/api/index.ts`]: "// Role: Public surface of api\n\nexport { route } from './routes';\n",
    [`${D}/engines/totals.ts`]:
      header('L5 — Domain Engine') + "import type { OrderRow } from '../drivers/order_store';\n\nexport function total(rows: OrderRow[]): number {\n  return rows.reduce((n, r) => n + r.cents, 0);\n}\n",
  };
}

/** The files each kind of drift adds. */
const DRIFT: Record<DriftKind, () => Record<string, string>> = {
  'schema-file': () => ({
    [`${D}/drivers/order_shapes.ts`]: header('L6 — Drivers') + "export enum OrderState {\n  Open = 'open',\n  Paid = 'paid',\n}\n\nexport interface OrderLine {\n  sku: string;\n  state: OrderState;\n}\n",
    [`${D}/engines/lines.ts`]: header('L5 — Domain Engine') + "import { OrderLine, OrderState } from '../drivers/order_shapes';\n\nexport function paid(lines: OrderLine[]): OrderLine[] {\n  return lines.filter((l) => l.state === OrderState.Paid);\n}\n",
  }),
  'logic-file': () => ({
    [`${D}/drivers/pricing_service.ts`]: header('L5 — Domain Engine') + 'export function discount(cents: number): number {\n  return Math.round(cents * 0.9);\n}\n',
  }),
  'mixed-file': () => ({
    [`${D}/drivers/ledger.ts`]:
      header('L5 — Domain Engine') +
      "import { DataSource } from 'typeorm';\n\nexport interface LedgerEntry {\n  id: string;\n  cents: number;\n}\n\nexport function saveEntry(ds: DataSource, e: LedgerEntry): unknown[] {\n  return ds.query(`insert ${e.id}`);\n}\n\nexport function balance(entries: LedgerEntry[]): number {\n  return entries.reduce((n, e) => n + e.cents, 0);\n}\n\nexport class LedgerBook {\n  constructor(private readonly ds: DataSource) {}\n\n  add(e: LedgerEntry): number {\n    saveEntry(this.ds, e);\n    return balance([e]);\n  }\n}\n",
  }),
  'legacy-with-counterpart': () => ({
    [`${D}/engines/format.ts`]: header('L5 — Domain Engine') + 'export function formatTotal(cents: number): string {\n  return (cents / 100).toFixed(2);\n}\n',
    [`${D}/engines/receipt.ts`]: header('L5 — Domain Engine') + "import { formatTotal } from 'legacy/format';\n\nexport function receipt(cents: number): string {\n  return `total ${formatTotal(cents)}`;\n}\n",
  }),
  'legacy-without-counterpart': () => ({
    [`${D}/engines/alerts.ts`]: header('L5 — Domain Engine') + "import { page } from 'legacy/pager';\n\nexport function alert(who: string): string {\n  return page(who);\n}\n",
  }),
  'wrong-header': () => ({
    [`${D}/engines/scoring.ts`]: header('L6 — Drivers') + 'export function score(cents: number): number {\n  return cents > 1000 ? 2 : 1;\n}\n',
  }),
  'wrong-audience': () => ({
    [`${D}/drivers/shared_client.ts`]: header('L6 — Drivers', 'INTERNAL') + "import { DataSource } from 'typeorm';\n\nexport class SharedClient {\n  constructor(readonly ds: DataSource) {}\n}\n",
    'src/app/cust/general/api/gateway.ts': "import { SharedClient } from '../../orders/drivers/shared_client';\n\nexport const clients: SharedClient[] = [];\n",
  }),
  'stale-barrel': () => ({
    [`${D}/api/health.ts`]: "export function health(): string {\n  return 'ok';\n}\n",
  }),
};

/** A tree with the given kinds of drift injected (none: a clean tree). */
export function driftTree(kinds: readonly DriftKind[]): Record<string, string> {
  return Object.assign(cleanFiles(), ...kinds.map((k) => DRIFT[k]()));
}
