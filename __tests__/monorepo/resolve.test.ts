import { projectOf } from '../../src/workspace/project-of';
import type { TsProject } from '../../src/workspace/tsconfig';
import { Workspace } from '../../src/workspace/workspace';
import { MONOREPO } from './fixture';

describe('a monorepo of several tsconfigs and workspace packages', () => {
  const ws = Workspace.open(MONOREPO);

  it('reads the solution tsconfig, every project it references and the workspace packages', () => {
    expect(ws.settings.projects.map((p) => [p.config, p.paths, p.references])).toEqual([
      ['tsconfig.json', [], ['packages/a/tsconfig.json', 'packages/b/tsconfig.json', 'packages/c/tsconfig.json']],
      ['packages/a/tsconfig.json', [{ pattern: '@a/*', targets: ['packages/a/src/*'] }], []],
      ['packages/b/tsconfig.json', [{ pattern: '@b/*', targets: ['packages/b/src/*'] }], ['packages/a/tsconfig.json', 'packages/c/tsconfig.json']],
      ['packages/c/tsconfig.json', [], []],
    ]);
    expect(ws.settings.packages.map((p) => [p.name, p.dir])).toEqual([['@org/a', 'packages/a'], ['@org/b', 'packages/b'], ['@org/c', 'packages/c']]);
  });

  it('gives each file the project whose file set includes it, and the root settings to a file no project includes', () => {
    const owner = (f: string) => (projectOf(ws.settings, f) as TsProject).config ?? '(root settings)';
    expect(['packages/a/src/lib/util.ts', 'packages/b/src/main.ts', 'packages/c/src/index.ts', 'packages/a/package.json', 'scripts/x.ts'].map(owner)).toEqual([
      'packages/a/tsconfig.json',
      'packages/b/tsconfig.json',
      'packages/c/tsconfig.json',
      'packages/a/tsconfig.json',
      'tsconfig.json',
    ]);
  });

  it("resolves per-package aliases, workspace package names (main/types and exports, to sources) and a stylesheet", () => {
    const resolved = [...ws.index().all()].map((i) => `${i.file}: ${i.specifier} -> ${i.resolved ?? '(none)'}`);
    expect(resolved).toEqual([
      'packages/a/src/index.ts: ./lib/util -> packages/a/src/lib/util.ts',
      'packages/a/src/index.ts: ./lib/shout -> packages/a/src/lib/shout.ts',
      'packages/a/src/index.ts: ./ui/button -> packages/a/src/ui/button.ts',
      'packages/a/src/lib/shout.ts: @a/lib/util -> packages/a/src/lib/util.ts',
      'packages/a/src/ui/button.ts: ../styles/button.css -> packages/a/src/styles/button.css',
      'packages/b/src/main.ts: @org/a -> packages/a/src/index.ts',
      'packages/b/src/main.ts: @org/c/lib/twice -> packages/c/src/lib/twice.ts',
      'packages/b/src/main.ts: @b/helpers/helper -> packages/b/src/helpers/helper.ts',
      'packages/c/src/index.ts: ./lib/twice -> packages/c/src/lib/twice.ts',
    ]);
  });
});
