import { planText, ruleTable } from '../helpers/rule-cases';

const L = 'LEGACY_IMPORT';
const tsconfig = JSON.stringify({ compilerOptions: { baseUrl: 'backend', paths: { '@legacy/*': ['app/services/*'] } } });
const legacy = {
  'tsconfig.json': tsconfig,
  'backend/app/services/connectors.ts': 'export const connect = 1;\n',
  'backend/app/services/governance/cross_domain.ts': "import { connect } from '../connectors';\nexport const x = connect;\n",
  'backend/app/servicesx/ok.ts': 'export const ok = 1;\n',
};

ruleTable(
  'LEGACY_IMPORT',
  planText(`rules:\n  LEGACY_IMPORT: { modules: ["app/services/**", "old-sdk", "@legacy"] }`),
  {
    valid: [
      { name: 'legacy code importing its own namespace', files: { ...legacy } },
      {
        name: 'names that only start like a banned one',
        files: { ...legacy, 'backend/app/hoc/a.ts': "import { ok } from 'app/servicesx/ok';\nimport sdk from 'old-sdk-v2';\nimport '@legacyx/y';\n" },
      },
      { name: 'imports that mention the namespace only in strings and comments', files: { ...legacy, 'backend/app/hoc/a.ts': "// from 'app/services/connectors'\nconst s = 'app/services/connectors';\n" } },
    ],
    invalid: [
      {
        name: 'by specifier: baseUrl path, package subpath, alias prefix',
        files: {
          ...legacy,
          'backend/app/hoc/a.ts': "import { connect } from 'app/services/connectors';\nimport { Client } from 'old-sdk/client';\nimport * as c from '@legacy/connectors';\n",
        },
        expected: [[L, 'backend/app/hoc/a.ts', 1], [L, 'backend/app/hoc/a.ts', 2], [L, 'backend/app/hoc/a.ts', 3]],
      },
      {
        name: 'by resolved path: a relative import into the namespace',
        files: { ...legacy, 'backend/app/hoc/deep/b.ts': "export {};\nimport { x } from '../../services/governance/cross_domain';\n" },
        expected: [[L, 'backend/app/hoc/deep/b.ts', 2]],
      },
      {
        name: 'every import form, type-only included',
        files: {
          ...legacy,
          'backend/app/hoc/c.ts': [
            "import type { Conn } from 'old-sdk';",
            "export { connect } from 'app/services/connectors';",
            "const sdk = require('old-sdk');",
            "const lazy = () => import('old-sdk');",
            "import 'old-sdk/polyfill';",
          ].join('\n'),
        },
        expected: [1, 2, 3, 4, 5].map((line) => [L, 'backend/app/hoc/c.ts', line]),
      },
    ],
  },
);
