import * as fs from 'node:fs';
import * as path from 'node:path';
import { projectOf, inSomeFileSet } from '../../src/workspace/project-of';
import type { TsProject } from '../../src/workspace/tsconfig';
import { Workspace } from '../../src/workspace/workspace';
import { writeTree } from '../helpers/tree';

const owner = (ws: Workspace, f: string) => (projectOf(ws.settings, f) as Partial<TsProject>).config ?? '(defaults)';
const resolved = (ws: Workspace) => [...ws.index().all()].map((i) => `${i.file}: ${i.specifier} -> ${i.resolved ?? '(none)'}`);

describe('projects of a code base', () => {
  it('follow include, exclude and files as tsc does, and references to tsconfigs of other names', () => {
    const ws = Workspace.open(
      writeTree({
        'tsconfig.json': JSON.stringify({ files: [], references: [{ path: './app/tsconfig.app.json' }, { path: './app/tsconfig.spec.json' }] }),
        'app/tsconfig.app.json': JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '~/*': ['src/*'] } }, include: ['src'], exclude: ['src/**/*.spec.ts'] }),
        'app/tsconfig.spec.json': JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '~/*': ['src/*', 'test/*'] } }, include: ['src/**/*.spec.ts', 'test'], files: ['setup.ts'] }),
        'app/src/a.ts': "import { b } from '~/b';\nexport const a = b;\n",
        'app/src/b.ts': 'export const b = 1;\n',
        'app/src/a.spec.ts': "import { a } from '~/a';\nimport { helper } from '~/helper';\n",
        'app/test/helper.ts': 'export const helper = 1;\n',
        'app/setup.ts': "import '~/helper';\n",
        'app/src/data.js': 'module.exports = 1;\n',
      }),
    );
    expect(['app/src/a.ts', 'app/src/a.spec.ts', 'app/test/helper.ts', 'app/setup.ts', 'app/src/data.js'].map((f) => owner(ws, f))).toEqual([
      'app/tsconfig.app.json',
      'app/tsconfig.spec.json',
      'app/tsconfig.spec.json',
      'app/tsconfig.spec.json',
      'tsconfig.json',
    ]);
    expect(inSomeFileSet(ws.settings, 'app/src/data.js')).toBe(false);
    expect(resolved(ws)).toEqual([
      'app/setup.ts: ~/helper -> app/test/helper.ts',
      'app/src/a.spec.ts: ~/a -> app/src/a.ts',
      'app/src/a.spec.ts: ~/helper -> app/test/helper.ts',
      'app/src/a.ts: ~/b -> app/src/b.ts',
    ]);
  });

  it('take a nested tsconfig.json nobody references, and a pnpm workspace by its packages globs', () => {
    const ws = Workspace.open(
      writeTree({
        'pnpm-workspace.yaml': "packages:\n  - 'libs/*'\n  - '!libs/private'\n",
        'package.json': JSON.stringify({ name: 'root', private: true }),
        'libs/util/package.json': JSON.stringify({ name: 'util', main: 'lib/index.js' }),
        'libs/util/lib/index.ts': 'export const u = 1;\n',
        'libs/private/package.json': JSON.stringify({ name: 'private-lib', main: 'index.js' }),
        'libs/private/index.ts': 'export const p = 1;\n',
        'apps/web/tsconfig.json': JSON.stringify({ compilerOptions: { baseUrl: 'src' } }),
        'apps/web/src/main.ts': "import { u } from 'util';\nimport 'private-lib';\nimport { x } from 'feature/x';\n",
        'apps/web/src/feature/x.ts': 'export const x = 1;\n',
      }),
    );
    expect(ws.settings.packages.map((p) => p.name)).toEqual(['util']);
    expect(owner(ws, 'apps/web/src/main.ts')).toBe('apps/web/tsconfig.json');
    expect(owner(ws, 'libs/util/lib/index.ts')).toBe('(defaults)');
    expect(resolved(ws)).toEqual([
      'apps/web/src/main.ts: util -> libs/util/lib/index.ts',
      'apps/web/src/main.ts: private-lib -> (none)',
      'apps/web/src/main.ts: feature/x -> apps/web/src/feature/x.ts',
    ]);
  });

  it('are read again when a tsconfig appears in a package', () => {
    const root = writeTree({
      'tsconfig.json': JSON.stringify({ include: ['src'] }),
      'pkg/src/a.ts': "import '@p/b';\n",
      'pkg/src/b.ts': 'export {};\n',
    });
    expect(resolved(Workspace.open(root))).toEqual(['pkg/src/a.ts: @p/b -> (none)']);
    fs.writeFileSync(path.join(root, 'pkg/tsconfig.json'), JSON.stringify({ compilerOptions: { paths: { '@p/*': ['./src/*'] } } }));
    expect(resolved(Workspace.open(root))).toEqual(['pkg/src/a.ts: @p/b -> pkg/src/b.ts']);
  });
});

describe('tsconfigs that do not parse', () => {
  it('are no project when nothing references them, and an error naming the file when something does', () => {
    const files = {
      'tsconfig.json': JSON.stringify({ include: ['src'] }),
      'src/a.ts': 'export {};\n',
      'fixtures/broken/tsconfig.json': '{ "compilerOptions": ',
    };
    expect(Workspace.open(writeTree(files)).settings.projects.map((p) => p.config)).toEqual(['tsconfig.json']);
    const referenced = writeTree({ ...files, 'tsconfig.json': JSON.stringify({ files: [], references: [{ path: 'fixtures/broken' }] }) });
    expect(() => Workspace.open(referenced).settings).toThrow(/^cannot read .*\/fixtures\/broken\/tsconfig\.json: /);
  });
});
