import { planText, ruleTable } from '../helpers/rule-cases';

const B = 'BANNED_NAMING';

ruleTable(
  'BANNED_NAMING (no scope: patterns are root-relative)',
  planText(`rules:\n  BANNED_NAMING: { files: ["**/*_service.ts", "legacy/**/*.ts"] }`),
  {
    valid: [
      { name: 'ordinary names', files: { 'src/iam.ts': '', 'src/services/iam.ts': '' } },
      { name: 'the pattern is a whole-name glob, not a substring', files: { 'src/iam_service.test.ts': '', 'src/iam_services.ts': '' } },
      { name: 'only source files are named', files: { 'docs/iam_service.md': '', 'data/iam_service.json': '{}' } },
    ],
    invalid: [
      { name: 'a *_service file at any depth', files: { 'iam_service.ts': '', 'a/b/c/cost_service.ts': 'export {};\n' }, expected: [[B, 'a/b/c/cost_service.ts', 1], [B, 'iam_service.ts', 1]] },
      { name: 'one violation per file when several patterns match', files: { 'legacy/x_service.ts': '' }, expected: [[B, 'legacy/x_service.ts', 1]] },
    ],
  },
);

ruleTable(
  'BANNED_NAMING (patterns are relative to scope; //x to root)',
  planText(`scope: app\nrules:\n  BANNED_NAMING: { files: ["**/*_service.ts", "//tools/*_helper.ts"] }`),
  {
    valid: [{ name: 'files outside the scope, and root patterns that do not match', files: { 'lib/iam_service.ts': '', 'tools/deep/x_helper.ts': '' } }],
    invalid: [
      { name: 'inside the scope and a root pattern', files: { 'app/engines/iam_service.ts': '', 'tools/x_helper.ts': '' }, expected: [[B, 'app/engines/iam_service.ts', 1], [B, 'tools/x_helper.ts', 1]] },
    ],
  },
);
