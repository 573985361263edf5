import { planText, ruleTable } from '../helpers/rule-cases';

const LB = 'LAYER_BOUNDARY';
const layers = `layers:
  L4: { title: Governed Runtime, paths: ["app/*/general/runtime/**"] }
  L5: { title: Domain Engine, paths: ["**/engines/**", "**/schemas/**"] }
  L6: { title: Drivers, paths: ["**/drivers/**"] }`;
const base = {
  'app/c/general/runtime/grants.ts': 'export const grant = 1;\n',
  'app/c/x/engines/engine.ts': 'export const run = 1;\n',
  'app/c/x/schemas/audit.ts': 'export interface Audit { id: string }\n',
  'app/c/x/drivers/store.ts': 'export const store = 1;\n',
  'lib/util.ts': 'export const util = 1;\n',
};

ruleTable('LAYER_BOUNDARY', planText(`${layers}\nrules:\n  LAYER_BOUNDARY: { L6: { deny: [L5, L4] }, L5: { deny: [L4] } }`), {
  valid: [
    { name: 'downwards imports', files: { ...base, 'app/c/x/engines/a.ts': "import { store } from '../drivers/store';\nimport type { Audit } from '../schemas/audit';\n" } },
    { name: 'the same layer', files: { ...base, 'app/c/x/engines/a.ts': "import { run } from './engine';\nimport type { Audit } from '../schemas/audit';\n" } },
    {
      name: 'files of no layer, packages and unresolved imports',
      files: { ...base, 'app/c/x/drivers/b.ts': "import { util } from '../../../../lib/util';\nimport { Repository } from 'typeorm';\nimport { gone } from './missing';\n" },
    },
    { name: 'a layer without a deny list', files: { ...base, 'app/c/general/runtime/c.ts': "import { run } from '../../x/engines/engine';\nimport { store } from '../../x/drivers/store';\n" } },
    { name: 'a file of no layer importing any layer', files: { ...base, 'lib/d.ts': "import { grant } from '../app/c/general/runtime/grants';\n" } },
  ],
  invalid: [
    {
      name: 'a driver importing engines, schemas and the runtime',
      files: {
        ...base,
        'app/c/x/drivers/b.ts': [
          "import { run } from '../engines/engine';",
          "import { grant } from '../../general/runtime/grants';",
          'export {};',
          "import type { Audit } from '../schemas/audit';",
        ].join('\n'),
      },
      expected: [[LB, 'app/c/x/drivers/b.ts', 1], [LB, 'app/c/x/drivers/b.ts', 2], [LB, 'app/c/x/drivers/b.ts', 4]],
    },
    {
      name: 'type-only imports and re-exports count: they are still dependencies',
      files: {
        ...base,
        'app/c/x/drivers/index.ts': "export * from './store';\nexport * from '../engines/engine';\nexport type { Audit } from '../schemas/audit';\n",
        'app/c/x/engines/b.ts': "import { type grant } from '../../general/runtime/grants';\n",
      },
      expected: [[LB, 'app/c/x/drivers/index.ts', 2], [LB, 'app/c/x/drivers/index.ts', 3], [LB, 'app/c/x/engines/b.ts', 1]],
    },
    {
      name: 'require and dynamic import',
      files: { ...base, 'app/c/x/drivers/b.ts': "const e = require('../engines/engine');\nconst later = () => import('../schemas/audit');\n" },
      expected: [[LB, 'app/c/x/drivers/b.ts', 1], [LB, 'app/c/x/drivers/b.ts', 2]],
    },
  ],
});

ruleTable('LAYER_BOUNDARY with allow-type-only', planText(`${layers}\nrules:\n  LAYER_BOUNDARY: { L6: { deny: [L5], allow-type-only: true } }`), {
  valid: [
    {
      name: 'type-only imports of a denied layer',
      files: { ...base, 'app/c/x/drivers/b.ts': "import type { Audit } from '../schemas/audit';\nimport { type run } from '../engines/engine';\nexport type { Audit as A } from '../schemas/audit';\n" },
    },
  ],
  invalid: [
    {
      name: 'run-time imports of a denied layer',
      files: { ...base, 'app/c/x/drivers/b.ts': "import type { Audit } from '../schemas/audit';\nimport { run, type Other } from '../engines/engine';\n" },
      expected: [[LB, 'app/c/x/drivers/b.ts', 2]],
    },
  ],
});
