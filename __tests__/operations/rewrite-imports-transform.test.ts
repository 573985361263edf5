import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyTransform } from 'jscodeshift/src/testUtils';
import transform from '../../transforms/rewrite-imports';
import { FIXTURES } from './fixture-trees';

const REPO = path.join(__dirname, '../..');
const DIR = path.join(FIXTURES, 'rewrite-imports');
const OPTIONS = { from: 'src/legacy', to: 'src/app/services' };
const api = {} as never;
const read = (name: string) => fs.readFileSync(path.join(DIR, name), 'utf8');

describe('rewrite-imports transform', () => {
  it.each(['alias', 'baseurl', 'noop', 'own-style'])('%s: output is exact, and a second run changes nothing', (name) => {
    const file = path.join(DIR, `${name}.input.ts`);
    const out = transform({ path: file, source: read(`${name}.input.ts`) }, api, OPTIONS);
    expect(out ?? read(`${name}.input.ts`)).toBe(read(`${name}.output.ts`));
    expect(transform({ path: file, source: read(`${name}.output.ts`) }, api, OPTIONS)).toBeNull();
  });

  it('runs under jscodeshift itself', () => {
    const out = applyTransform({ default: transform, parser: 'ts' }, OPTIONS, { source: read('alias.input.ts'), path: path.join(DIR, 'alias.input.ts') });
    expect(out).toBe(read('alias.output.ts').trim());
  });

  it('honours --files and refuses a missing --to', () => {
    const source = read('baseurl.input.ts');
    expect(transform({ path: path.join(DIR, 'baseurl.input.ts'), source }, api, { ...OPTIONS, files: 'src/**' })).toBeNull();
    expect(() => transform({ path: path.join(DIR, 'baseurl.input.ts'), source }, api, { ...OPTIONS, to: 'src/nowhere' })).toThrow('"to" does not exist: no module or folder src/nowhere');
  });

  // The built transform, as a user runs it after `npm run build` (`npm test` builds first): the .ts
  // one works too, but jscodeshift's Babel hook first compiles TypeScript's own 9 MB compiler.
  it('works from the jscodeshift command line (--dry --print)', () => {
    const built = path.join(REPO, 'dist/transforms/rewrite-imports.js');
    if (!fs.existsSync(built)) throw new Error('dist/ is missing: run `npm run build` before these tests');
    const args = ['-t', built, '--no-babel', '--parser', 'ts', '--dry', '--print', '--silent', '--from', OPTIONS.from, '--to', OPTIONS.to, path.join(DIR, 'baseurl.input.ts')];
    const out = execFileSync(path.join(REPO, 'node_modules/.bin/jscodeshift'), args, { cwd: REPO, encoding: 'utf8' });
    expect(out).toBe(`${read('baseurl.output.ts')}\n`);
  });
});
