import { findMentions } from '../../src/codemod/mentions';

function mentions(files: Record<string, string>, names: string[], skip?: (f: string) => boolean): string[] {
  return findMentions(Object.keys(files), (f) => files[f], names, skip).map((m) => `${m.file}:${m.line} ${m.name}`);
}

describe('findMentions', () => {
  it('finds whole paths only, after ./ or <rootDir>/ too, one per line (the longest)', () => {
    const files = {
      'README.md': 'see src/a/x.ts\nnot src/a/xy.ts nor lib/src/a/x.ts nor src/a/x-old\n./src/a/x and `src/a/x`.\n',
      'jest.config.js': "roots: ['<rootDir>/src/a/x.ts']\n",
      'ci.yml': 'run: node src/a/x.ts src/a/x\n',
    };
    expect(mentions(files, ['src/a/x', 'src/a/x.ts'])).toEqual([
      'README.md:1 src/a/x.ts',
      'README.md:3 src/a/x',
      'jest.config.js:1 src/a/x.ts',
      'ci.yml:1 src/a/x.ts',
    ]);
  });

  it('finds dotted module names the same way (any language: the caller says what to look for)', () => {
    const files = { 'docs/api.md': 'from pkg.sub import x\nimport mypkg.sub\npkg.sub.deeper\n', 'setup.cfg': 'entry = pkg.subway:main\n' };
    expect(mentions(files, ['pkg.sub'])).toEqual(['docs/api.md:1 pkg.sub', 'docs/api.md:3 pkg.sub']);
  });

  it('skips binary files, skipped files, and finds nothing for no names', () => {
    const files = { 'logo.png': 'PNG\0src/a/x.ts', 'remediate.yaml': 'move: src/a/x.ts', 'a.md': 'src/a/x.ts' };
    expect(mentions(files, ['src/a/x.ts'], (f) => f === 'remediate.yaml')).toEqual(['a.md:1 src/a/x.ts']);
    expect(mentions(files, [])).toEqual([]);
  });
});
