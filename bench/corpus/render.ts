import * as path from 'path';
import { PlannedImport } from './imports';
import { CorpusModule, LEGACY_TARGET, Layout, MOVE_TARGET, pascal } from './layout';

const HEADERS: Record<CorpusModule['kind'], string> = {
  vendor: '// Vendor: a tiny typeorm stand-in for the benchmark corpus',
  legacy: '// Legacy: app/services (pre-layering module)',
  legacyTarget: '// Legacy: migrated from app/services/legacy',
  runtime: '// Layer: L4 — Governed Runtime',
  schema: '// Layer: L7 — Schemas',
  engine: '// Layer: L5 — Domain Engine',
  driver: '// Layer: L6 — Drivers',
  facade: '// Layer: L3 — Facades',
};

/** The specifier `from` uses for `imp`, in the import's style. */
export function specifier(from: CorpusModule, imp: PlannedImport): string {
  const noExt = imp.target.path.replace(/\.ts$/, '');
  switch (imp.style) {
    case 'package': return 'typeorm';
    case 'alias': return '@app/' + noExt.slice('src/app/'.length);
    case 'baseUrl': return noExt.slice('src/'.length);
    case 'relative': {
      const rel = path.posix.relative(path.posix.dirname(from.path), noExt);
      return rel.startsWith('.') ? rel : `./${rel}`;
    }
  }
}

function importLine(from: CorpusModule, imp: PlannedImport): string {
  if (imp.target.kind === 'vendor') {
    return `import ${imp.typeOnly ? 'type ' : ''}{ Repository } from 'typeorm';`;
  }
  const names = imp.withType ? `${imp.target.fn}, ${pascal(imp.target.fn)}` : imp.target.fn;
  return `import { ${names} } from '${specifier(from, imp)}';`;
}

/** The text of one generated module. */
export function renderModule(m: CorpusModule, imports: PlannedImport[]): string {
  if (m.kind === 'vendor') return VENDOR;
  const lines = [HEADERS[m.kind]];
  if (m.audience) lines.push(`// AUDIENCE: ${m.audience.toUpperCase()}`);
  lines.push(...imports.map((imp) => importLine(m, imp)), '');
  const type = pascal(m.fn);
  const fields = imports.filter((i) => i.withType).map((i, n) => `  readonly link${n}?: ${pascal(i.target.fn)};`);
  lines.push(`export interface ${type} {`, '  readonly id: string;', '  readonly weight: number;', ...fields, '}', '');
  const calls = imports.filter((i) => i.target.kind !== 'vendor').map((i) => ` + ${i.target.fn}(input)`).join('');
  lines.push(`export function ${m.fn}(input: number): number {`, `  return input * ${m.order + 2}${calls};`, '}');
  const orm = imports.find((i) => i.target.kind === 'vendor');
  if (orm && orm.typeOnly) lines.push('', `export type ${type}Repository = Repository<${type}>;`);
  else if (orm) lines.push('', `export const ${m.fn}Repository = new Repository<${type}>('${m.fn}');`);
  return lines.join('\n') + '\n';
}

const VENDOR = `${HEADERS.vendor}
export interface EntityTarget<T> {
  readonly name: string;
  readonly sample?: T;
}

export class Repository<T> {
  private readonly rows: T[] = [];

  constructor(readonly entity: string) {}

  find(): readonly T[] {
    return this.rows;
  }

  save(row: T): T {
    this.rows.push(row);
    return row;
  }
}

export function createRepository<T>(entity: string): Repository<T> {
  return new Repository<T>(entity);
}
`;

/** The corpus tsconfig: baseUrl-rooted and `@app/*` aliased imports, typeorm mapped to the vendor stand-in. */
export function renderTsconfig(): string {
  const config = {
    compilerOptions: {
      target: 'ES2022', module: 'commonjs', moduleResolution: 'node10', lib: ['ES2022'], types: [],
      strict: true, noEmit: true, skipLibCheck: true, baseUrl: 'src',
      paths: { '@app/*': ['app/*'], typeorm: ['vendor/typeorm/index.ts'] },
    },
    include: ['src'],
  };
  return JSON.stringify(config, null, 2) + '\n';
}

/** The remediate plan for the corpus (plan format v1). */
export function renderPlan(layout: Layout, files: number): string {
  const hub = path.posix.dirname(layout.hub.folders.schemas[0].path);
  return `version: 1
name: bench-corpus-${files}
root: .

layers:
  L3: { title: Facades, paths: ["src/app/**/facades/**"] }
  L4: { title: Governed Runtime, paths: ["src/app/*/general/runtime/**"] }
  L5: { title: Domain Engine, paths: ["src/app/**/engines/**"] }
  L6: { title: Drivers, paths: ["src/app/**/drivers/**"] }
  L7: { title: Schemas, paths: ["src/app/**/schemas/**"] }

audiences:
  CUSTOMER: src/app/customer
  INTERNAL: src/app/internal

rules:
  LEGACY_IMPORT: { modules: ["app/services/legacy/**"] }
  ORM_RUNTIME: { modules: ["typeorm"], layers: [L5] }
  LAYER_BOUNDARY: { L6: { deny: [L5, L4] }, L5: { deny: [L4] } }
  AUDIENCE_BOUNDARY: {}

phases:
  - id: move-folder
    title: Move the ${layout.hub.name} schemas to customer/general
    steps:
      - move: //${hub}
        to: //${MOVE_TARGET}
        reason: Shared by many customer domains
  - id: rewrite-legacy
    title: Repoint legacy service imports
    steps:
      - rewrite-imports: { from: "app/services/legacy", to: "//${LEGACY_TARGET}" }
`;
}
