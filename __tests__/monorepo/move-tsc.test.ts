import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runPhase } from '../../src/api';
import { monorepoCopy, planAt } from './fixture';

const TSC = path.join(__dirname, '../../node_modules/typescript/bin/tsc');

/** `tsc -b` of the solution: its exit code and its `error TS` lines. */
function buildAll(root: string): { code: number; errors: string[] } {
  try {
    execFileSync(process.execPath, [TSC, '-b'], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
    return { code: 0, errors: [] };
  } catch (err) {
    const out = String((err as { stdout?: string }).stdout ?? '');
    return { code: (err as { status: number }).status, errors: out.split('\n').filter((l) => /error TS\d+/.test(l)) };
  }
}

const read = (root: string, f: string) => fs.readFileSync(path.join(root, f), 'utf8');

describe('moves inside the packages of a monorepo', () => {
  jest.setTimeout(120_000);

  it('update per-package alias, workspace package and stylesheet imports, and leave `tsc -b` clean', () => {
    const root = monorepoCopy();
    const plan = planAt(root, `rules:
  UNRESOLVED_IMPORT: {}
phases:
  - id: p1
    title: Reorganise the packages
    steps:
      - move: packages/a/src/lib/util.ts
        to: packages/a/src/core/util.ts
      - move: packages/b/src/helpers/helper.ts
        to: packages/b/src/shared/helper.ts
      - move: packages/c/src/lib/twice.ts
        to: packages/c/src/math/twice.ts
      - move: packages/a/src/styles/button.css
        to: packages/a/src/ui/button.css
`);
    const run = runPhase(plan, 'p1', { allowDirty: true, now: () => new Date(0) });
    expect(run.status).toBe('applied');
    expect(read(root, 'packages/a/src/lib/shout.ts')).toBe("import { v } from '@a/core/util';\n\nexport const shout = (s: string): string => s.toUpperCase() + v;\n");
    expect(read(root, 'packages/a/src/index.ts')).toBe("export { v } from './core/util';\nexport { shout } from './lib/shout';\nexport { button } from './ui/button';\n");
    expect(read(root, 'packages/a/src/ui/button.ts')).toBe("import './button.css';\n\nexport const button = 'button';\n");
    expect(read(root, 'packages/b/src/main.ts')).toBe(
      "import { shout, v } from '@org/a';\nimport { twice } from '@org/c/math/twice';\nimport { helper } from '@b/shared/helper';\n\nexport const out = shout('x') + v + helper + twice(2);\n",
    );
    expect(read(root, 'packages/c/src/index.ts')).toBe("export { twice } from './math/twice';\n");
    expect(buildAll(root)).toEqual({ code: 0, errors: [] });
  });

  it('is what `tsc -b` catches when the alias import is left behind (the check can fail)', () => {
    const root = monorepoCopy();
    fs.mkdirSync(path.join(root, 'packages/a/src/core'));
    fs.renameSync(path.join(root, 'packages/a/src/lib/util.ts'), path.join(root, 'packages/a/src/core/util.ts'));
    fs.writeFileSync(path.join(root, 'packages/a/src/index.ts'), read(root, 'packages/a/src/index.ts').replace('./lib/util', './core/util'));
    const { code, errors } = buildAll(root);
    expect(code).not.toBe(0);
    expect(errors).toEqual([expect.stringMatching(/^packages\/a\/src\/lib\/shout\.ts\(1,19\): error TS2307: Cannot find module '@a\/lib\/util'/)]);
  });
});
