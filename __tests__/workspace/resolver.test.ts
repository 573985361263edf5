import * as path from 'node:path';
import ts from 'typescript';
import { Workspace } from '../../src/workspace/workspace';
import { writeTree } from '../helpers/tree';

/** What TypeScript itself answers on the real disk, as a root-relative path. */
function tsAnswer(ws: Workspace, from: string, spec: string, mode: ts.ResolutionMode): string | undefined {
  const r = ts.resolveModuleName(spec, path.join(ws.root, from), ws.settings.options, ts.sys, undefined, undefined, mode);
  const file = r.resolvedModule?.resolvedFileName;
  return file && !r.resolvedModule?.isExternalLibraryImport ? path.relative(ws.root, file).split(path.sep).join('/') : undefined;
}

function expectSameAsTypeScript(root: string, mode: ts.ResolutionMode = undefined): number {
  const ws = Workspace.open(root);
  let checked = 0;
  for (const imp of ws.index().all()) {
    const expected = tsAnswer(ws, imp.file, imp.specifier, mode) ?? (mode === undefined ? undefined : tsAnswer(ws, imp.file, imp.specifier, ts.ModuleKind.CommonJS));
    expect({ at: `${imp.file}: ${imp.specifier}`, resolved: imp.resolved }).toEqual({ at: `${imp.file}: ${imp.specifier}`, resolved: expected });
    checked++;
  }
  return checked;
}

describe('ModuleResolver', () => {
  it('answers exactly as TypeScript on the disk for the bundled example', () => {
    expect(expectSameAsTypeScript(path.join(__dirname, '../../examples/hoc'))).toBeGreaterThan(40);
  });

  it('answers as TypeScript for folders, index files, .js specifiers, .d.ts, aliases and baseUrl', () => {
    const root = writeTree({
      'tsconfig.json': JSON.stringify({ compilerOptions: { baseUrl: 'src', paths: { '@lib/*': ['lib/*'] }, allowJs: true } }),
      'src/lib/a.ts': 'export const a = 1;\n',
      'src/lib/b.d.ts': 'export declare const b: number;\n',
      'src/lib/c.js': 'exports.c = 1;\n',
      'src/lib/dir/index.ts': 'export const d = 1;\n',
      'src/lib/both.ts': 'export {};\n',
      'src/lib/both/index.ts': 'export {};\n',
      'src/index.ts': 'export {};\n',
      'src/lib/index.ts': 'export {};\n',
      'src/lib/dir/deep.ts': "import '..';\nimport '../..';\n",
      'src/main.ts': [
        "import { a } from './lib/a';",
        "import { a as a2 } from './lib/a.js';",
        "import { b } from './lib/b';",
        "import { c } from './lib/c';",
        "import { d } from './lib/dir';",
        "import './lib/both';",
        "import '@lib/a';",
        "import 'lib/dir';",
        "import './missing';",
        'export { a, a2, b, c, d };',
      ].join('\n'),
    });
    expect(expectSameAsTypeScript(root)).toBe(11);
  });

  it('answers as TypeScript for relative specifiers with dot segments, doubled slashes and trailing slashes', () => {
    const root = writeTree({
      'src/a/x.ts': 'export {};\n',
      'src/a/index.ts': 'export {};\n',
      'src/b/y.ts': 'export {};\n',
      'src/b/deep/z.ts': [
        "import '../y';", "import './../y';", "import '../../a/./x';", "import '../../a/../b/y';",
        "import '..//y';", "import '../../a/';", "import '../../a';", "import '.././../a/x.js';",
        "import '../../../outside';", "import './';", "import '.';", "import '../y/';",
      ].join('\n'),
      'src/top.ts': "import './a/x';\nimport '../src/b/y';\nimport './a/x/';\n",
    });
    expect(expectSameAsTypeScript(root)).toBe(15);
  });

  it('answers as TypeScript for paths patterns (exact, longest prefix, several targets) and baseUrl', () => {
    const root = writeTree({
      'tsconfig.json': JSON.stringify({
        compilerOptions: {
          baseUrl: '.',
          paths: {
            '@app/*': ['src/app/*'],
            '@app/core/*': ['src/core/*'],
            'orm': ['vendor/orm/index.ts'],
            '@multi/*': ['src/missing/*', 'src/app/*'],
            '@suffix/*.svc': ['src/app/*.svc'],
            '@bad/*/*': ['src/app/*'],
          },
          allowJs: true,
        },
      }),
      'src/app/a.ts': 'export const a = 1;\n',
      'src/app/x.svc.ts': 'export {};\n',
      'src/app/dir/index.ts': 'export {};\n',
      'src/app/j.js': 'exports.j = 1;\n',
      'src/app/t.tsx': 'export {};\n',
      'src/core/a.ts': 'export const core = 1;\n',
      'src/app/core/a.ts': 'export const shadowed = 1;\n',
      'vendor/orm/index.ts': 'export {};\n',
      'src/rooted.ts': 'export {};\n',
      'src/main.ts': [
        "import '@app/a';",
        "import '@app/core/a';",
        "import 'orm';",
        "import '@multi/a';",
        "import '@suffix/x.svc';",
        "import '@app/dir';",
        "import '@app/j';",
        "import '@app/t';",
        "import '@app/a.js';",
        "import '@app/missing';",
        "import 'src/rooted';",
        "import 'src/app/a';",
        "import '@bad/a/b';",
        "import 'node:fs';",
      ].join('\n'),
    });
    expect(expectSameAsTypeScript(root)).toBe(14);
  });

  it('answers as TypeScript under NodeNext', () => {
    const root = writeTree({
      'package.json': JSON.stringify({ type: 'module' }),
      'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext' } }),
      'src/a.ts': 'export const a = 1;\n',
      'src/dir/index.ts': 'export const d = 1;\n',
      'src/main.ts': "import { a } from './a.js';\nimport { d } from './dir/index.js';\nexport { a, d };\n",
    });
    expect(expectSameAsTypeScript(root, ts.ModuleKind.ESNext)).toBe(2);
  });
});

