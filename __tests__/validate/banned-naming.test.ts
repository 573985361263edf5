import picomatch from 'picomatch';
import { literalTail } from '../../src/validate/rules/banned-naming';
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

describe('literalTail (the suffix test before the glob)', () => {
  it.each([
    ['**/*_service.py', '_service.py'],
    ['*_service.ts', '_service.ts'],
    ['**/*.ts', '.ts'],
    ['!**/*_service.ts', ''],
    ['src/**/*.{ts,js}', ''],
    ['**/x*.py', ''],
    ['**/*', ''],
    ['a/**', ''],
    ['**/*_svc?.py', ''],
    ['**/*+(a).py', ''],
  ])('%s → %j', (glob, tail) => {
    expect(literalTail(glob)).toBe(tail);
  });

  it('every path a glob matches ends with its tail (picomatch over generated paths)', () => {
    const globs = ['**/*_service.py', '*_service.ts', '**/*.ts', '**/*.py', 'x/*.py', '**/.*rc', '**/*_service.ts'];
    const names = ['a', 'b_service.py', 'x_service.ts', '.eslintrc', 'x.py', 'c.ts', 'src', 'x', 'a_service.py.bak', 'A_SERVICE.PY'];
    let seed = 3;
    const next = (k: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % k;
    let matched = 0;
    for (let i = 0; i < 5000; i++) {
      const file = Array.from({ length: 1 + next(4) }, () => names[next(names.length)]).join('/');
      for (const glob of globs) {
        if (!picomatch(glob, { dot: true })(file)) continue;
        matched++;
        expect([glob, file, file.endsWith(literalTail(glob))]).toEqual([glob, file, true]);
      }
    }
    expect(matched).toBeGreaterThan(1000);
  });
});
