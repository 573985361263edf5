import { planText, ruleTable } from '../helpers/rule-cases';

const H = 'HEADER_LAYER';
const layers = `layers:
  L4: { title: Governed Runtime, paths: ["**/general/runtime/**"] }
  L5: { title: Domain Engine, paths: ["**/engines/**", "**/schemas/**"] }
  L6: { title: Drivers, paths: ["**/drivers/**"] }`;

ruleTable('HEADER_LAYER', planText(`${layers}\nrules:\n  HEADER_LAYER: {}`), {
  valid: [
    { name: 'the folder layer, in line and block headers', files: { 'drivers/a.ts': '// Layer: L6 — Drivers\nexport {};\n', 'engines/b.ts': '/*\n * Layer: L5 — Domain Engine\n */\n' } },
    { name: 'a HYBRID header that includes the folder layer', files: { 'drivers/bridges.ts': '// Layer: L5/L6 — HYBRID\n// Tags: HYBRID\n' } },
    { name: 'no header, or a header without a layer', files: { 'drivers/a.ts': 'export {};\n', 'drivers/b.ts': '// Role: store\n' } },
    { name: 'a known layer in a folder of no layer', files: { 'lib/x.ts': '// Layer: L5 — Domain Engine\n' } },
  ],
  invalid: [
    {
      name: 'a layer other than the folder layer',
      files: { 'drivers/index.ts': '// AUDIENCE: CUSTOMER\n// Layer: L5 — Domain Schemas\n', 'engines/e.ts': '// Layer: L6 — Drivers\n' },
      expected: [[H, 'drivers/index.ts', 2], [H, 'engines/e.ts', 1]],
    },
    {
      name: 'the seed: "L4 — Domain Engine" outside general/runtime',
      files: { 'drivers/events.ts': '#!/usr/bin/env node\n// Layer: L4 — Domain Engine\n', 'general/runtime/ok.ts': '// Layer: L4 — Governed Runtime\n' },
      expected: [[H, 'drivers/events.ts', 2]],
    },
    { name: 'a layer the plan does not define', files: { 'lib/x.ts': '// Layer: L9 — Nowhere\n' }, expected: [[H, 'lib/x.ts', 1]] },
    { name: 'several layers without HYBRID', files: { 'drivers/x.ts': '// Layer: L5/L6 — Mixed\n' }, expected: [[H, 'drivers/x.ts', 1]] },
  ],
});
