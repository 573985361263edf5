import { runPhases } from '../../src/engine/run-phase';
import { monorepoCopy, planAt } from '../monorepo/fixture';

const PLAN = `typecheck: true
phases:
  - id: p1
    title: Reorganise the packages
    steps:
      - move: packages/a/src/lib/util.ts
        to: packages/a/src/core/util.ts
      - move: packages/b/src/helpers/helper.ts
        to: packages/b/src/shared/helper.ts
  - id: p2
    title: Point b at c
    steps:
      - rewrite-imports: { from: "packages/b/src/shared/helper.ts", to: "packages/c/src/lib/twice.ts" }
`;

describe('the type-check gate on a monorepo of project references', () => {
  jest.setTimeout(120_000);

  it('checks each package with its own tsconfig, the references read from their sources (nothing built): a clean phase passes, a breaking one names the package file', () => {
    const root = monorepoCopy();
    const plan = planAt(root, PLAN);
    const [clean, broken] = runPhases(plan, plan.phases, { dryRun: true }).runs;
    expect([clean.status, clean.typecheck?.before, clean.typecheck?.after, clean.typecheck?.added]).toEqual(['dry-run', 0, 0, []]);
    expect(broken.status).toBe('refused');
    expect(broken.typecheck?.added).toEqual([
      { file: 'packages/b/src/main.ts', line: 3, column: 10, code: 2305, message: 'Module \'"@org/c/lib/twice"\' has no exported member \'helper\'.', project: 'packages/b/tsconfig.json' },
    ]);
    // The second phase starts from the tree the first one's check saw: that check is reused, not redone.
    expect(broken.typecheck?.ms.before).toBe(clean.typecheck?.ms.after);
  });
});
