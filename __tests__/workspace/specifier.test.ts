import { writeSpecifier, specifierStyle } from '../../src/workspace/specifier';
import type { ModuleSettings } from '../../src/workspace/tsconfig';

const settings: ModuleSettings = {
  options: {},
  baseUrl: 'src',
  paths: [
    { pattern: '@app/*', targets: ['src/app/*'] },
    { pattern: '@lib', targets: ['src/lib/index.ts'] },
  ],
  esmExtensions: false,
};

describe('writeSpecifier', () => {
  const cases: [string, string, string, string][] = [
    // importer, target, original specifier, expected
    ['src/app/a/x.ts', 'src/app/b/y.ts', '../b/old', '../b/y'],
    ['src/app/a/x.ts', 'src/app/a/y.ts', './old', './y'],
    ['src/app/a/x.ts', 'src/app/b/y.ts', '@app/a/old', '@app/b/y'],
    ['src/app/a/x.ts', 'src/other/y.ts', '@app/a/old', '../../other/y'],
    ['src/app/a/x.ts', 'src/other/y.ts', 'app/a/old', 'other/y'],
    ['src/app/a/x.ts', 'src/app/b/y.ts', '../old.js', '../b/y.js'],
    ['src/app/a/x.ts', 'src/app/b/y.mts', '../old.mjs', '../b/y.mjs'],
    ['src/app/a/x.ts', 'src/app/b/index.ts', '../old', '../b'],
    ['src/app/a/x.ts', 'src/app/b/index.ts', '../old/index', '../b/index'],
    ['src/app/a/x.ts', 'src/app/b/index.ts', '../old/index.js', '../b/index.js'],
    ['src/app/a/x.ts', 'src/lib/index.ts', '@lib', '@lib'],
    ['src/app/a/x.ts', 'src/app/b/y.d.ts', '../old', '../b/y'],
  ];
  it.each(cases)('from %s to %s written like %s', (importer, target, original, expected) => {
    expect(writeSpecifier(settings, importer, target, original)).toBe(expected);
  });

  it('classifies specifier styles', () => {
    expect(['./a', '../a', '@app/x', '@lib', 'app/x', 'typeorm'].map((s) => specifierStyle(settings, s))).toEqual([
      'relative', 'relative', 'alias', 'alias', 'baseUrl', 'baseUrl',
    ]);
  });
});
