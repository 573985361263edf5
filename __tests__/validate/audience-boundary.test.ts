import { planText, ruleTable } from '../helpers/rule-cases';

const A = 'AUDIENCE_BOUNDARY';
const base = {
  'hoc/customer/general/mcp/registry.ts': 'export const registry = 1;\n',
  'hoc/customer/integrations/drivers/store.ts': 'export const store = 1;\n',
  'hoc/internal/platform/engines/review.ts': 'export const review = 1;\n',
  'hoc/internal/ops/secret/key.ts': 'export const key = 1;\n',
  'shared/log.ts': 'export const log = 1;\n',
};

ruleTable(
  'AUDIENCE_BOUNDARY',
  planText(`audiences:\n  CUSTOMER: hoc/customer\n  INTERNAL: hoc/internal\n  OPS: hoc/internal/ops\nrules:\n  AUDIENCE_BOUNDARY: {}`),
  {
    valid: [
      { name: 'within one audience, general included', files: { ...base, 'hoc/customer/integrations/a.ts': "import { registry } from '../general/mcp/registry';\nimport { store } from './drivers/store';\n" } },
      { name: 'into code of no audience, and packages', files: { ...base, 'hoc/internal/b.ts': "import { log } from '../../shared/log';\nimport { z } from 'zod';\n" } },
      { name: 'a header naming its own audience', files: { ...base, 'hoc/customer/general/mcp/x.ts': '// Layer: L6\n// AUDIENCE: CUSTOMER\nexport {};\n' } },
      { name: 'code of no audience may import any audience', files: { ...base, 'shared/c.ts': "import { store } from '../hoc/customer/integrations/drivers/store';\nimport { key } from '../hoc/internal/ops/secret/key';\n" } },
    ],
    invalid: [
      {
        name: 'customer into internal, type-only and re-exports included',
        files: {
          ...base,
          'hoc/customer/integrations/drivers/server_registry.ts': [
            "import { review } from '../../../internal/platform/engines/review';",
            "import type { review as R } from '../../../internal/platform/engines/review';",
            "export * from '../../../internal/platform/engines/review';",
          ].join('\n'),
        },
        expected: [1, 2, 3].map((line) => [A, 'hoc/customer/integrations/drivers/server_registry.ts', line]),
      },
      {
        name: "a header declaring another audience than its folder's (seed Phase V)",
        files: { ...base, 'hoc/customer/integrations/drivers/server_registry.ts': '// Layer: L6 — Drivers\n// AUDIENCE: INTERNAL\nexport {};\n' },
        expected: [[A, 'hoc/customer/integrations/drivers/server_registry.ts', 2]],
      },
      {
        name: 'the deepest audience folder decides: OPS is not INTERNAL',
        files: { ...base, 'hoc/internal/platform/x.ts': "import { key } from '../ops/secret/key';\n", 'hoc/internal/ops/y.ts': "\nimport { review } from '../platform/engines/review';\n" },
        expected: [[A, 'hoc/internal/ops/y.ts', 2], [A, 'hoc/internal/platform/x.ts', 1]],
      },
    ],
  },
);
