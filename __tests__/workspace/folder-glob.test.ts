import picomatch from 'picomatch';
import { folderGlob } from '../../src/workspace/folder-glob';
import { randomInt, seededRandom } from '../helpers/prng';

const GLOBS = [
  'src/app/**/engines/**', 'src/app/*/general/runtime/**', 'src/**', '**/drivers/**', 'src/a/**',
  'src/{a,b}/**', 'src/a*/**', 'src/**/x.ts', 'src/a/**/*.ts', '!src/a/**', '**', 'src/app/**/engines',
  '**/.hidden/**', 'src/[ab]/**', 'engines/**', '**/a/**', 'src/*/a/**', '.hidden/**', 'src/**/a/b/**',
];
const SEGMENTS = ['src', 'app', 'a', 'b', 'ab', 'engines', 'general', 'runtime', 'drivers', '.hidden', 'x.ts', 'y.js', 'x'];

describe('folderGlob', () => {
  it('answers exactly as picomatch for every glob over generated paths, in any order of asking', () => {
    const rand = seededRandom(7);
    const paths: string[] = [];
    for (let i = 0; i < 2000; i++) {
      const depth = randomInt(rand, 1, 6);
      paths.push(Array.from({ length: depth }, () => SEGMENTS[randomInt(rand, 0, SEGMENTS.length - 1)]).join('/'));
    }
    let matched = 0;
    for (const glob of GLOBS) {
      const expected = picomatch(glob, { dot: true });
      const test = folderGlob(glob);
      for (const p of paths) {
        expect({ glob, p, hit: test(p, p.slice(0, Math.max(0, p.lastIndexOf('/')))) }).toEqual({ glob, p, hit: expected(p) });
        if (expected(p)) matched++;
      }
    }
    expect(matched).toBeGreaterThan(1000);
  });
});
