import { planText, ruleTable } from '../helpers/rule-cases';

const O = 'ORM_RUNTIME';
const layers = `layers:
  L5: { title: Domain Engine, paths: ["**/engines/**"] }
  L6: { title: Drivers, paths: ["**/drivers/**"] }`;

ruleTable('ORM_RUNTIME', planText(`${layers}\nrules:\n  ORM_RUNTIME: { modules: [typeorm, "@vendor/orm"], layers: [L5] }`), {
  valid: [
    {
      name: 'type-only imports: import type, export type, every binding an inline type',
      files: {
        'engines/a.ts': [
          "import type { Repository } from 'typeorm';",
          "import type * as orm from 'typeorm';",
          "import { type DataSource, type EntityManager as EM } from 'typeorm';",
          "export type { Entity } from 'typeorm';",
          "export { type Column } from '@vendor/orm';",
        ].join('\n'),
      },
    },
    { name: 'layers not listed, and files of no layer', files: { 'drivers/a.ts': "import { DataSource } from 'typeorm';\n", 'lib/b.ts': "import 'typeorm';\n" } },
    { name: 'a driver declaring only its own layer', files: { 'drivers/a.ts': "// Layer: L6 — Drivers\nimport { DataSource } from 'typeorm';\n" } },
    { name: 'a package that only starts like an ORM module', files: { 'engines/a.ts': "import x from 'typeorm-naming-strategies';\n" } },
  ],
  invalid: [
    {
      name: 'run-time imports in every form',
      files: {
        'engines/a.ts': [
          "import { Repository } from 'typeorm';",
          "import 'typeorm/reflect';",
          "import { type A, B } from 'typeorm';",
          "import D, { type E } from 'typeorm';",
          "export * from '@vendor/orm/decorators';",
          "const orm = require('typeorm');",
          "const later = () => import('typeorm');",
        ].join('\n'),
      },
      expected: [1, 2, 3, 4, 5, 6, 7].map((line) => [O, 'engines/a.ts', line]),
    },
    {
      name: 'a HYBRID driver declaring L5/L6 holds L5 code (the seed\'s SQLALCHEMY_RUNTIME debt)',
      files: { 'drivers/bridges.ts': "// Layer: L5/L6 — HYBRID\n// Tags: HYBRID\nimport { Repository } from 'typeorm';\n" },
      expected: [[O, 'drivers/bridges.ts', 3]],
    },
    {
      name: 'an ORM reached through a path mapping is matched by specifier',
      files: {
        'tsconfig.json': JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { typeorm: ['vendor/typeorm/index.ts'] } } }),
        'vendor/typeorm/index.ts': 'export class Repository {}\n',
        'app/engines/x.ts': "\nimport { Repository } from 'typeorm';\n",
      },
      expected: [[O, 'app/engines/x.ts', 2]],
    },
  ],
});

ruleTable('ORM_RUNTIME without layers checks every layer', planText(`${layers}\nrules:\n  ORM_RUNTIME: { modules: [knex] }`), {
  valid: [{ name: 'files of no layer', files: { 'scripts/seed.ts': "import knex from 'knex';\n" } }],
  invalid: [
    {
      name: 'both layers',
      files: { 'engines/a.ts': "import knex from 'knex';\n", 'drivers/b.ts': "import { Knex } from 'knex';\n" },
      expected: [[O, 'drivers/b.ts', 1], [O, 'engines/a.ts', 1]],
    },
  ],
});
