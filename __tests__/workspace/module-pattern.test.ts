import fc from 'fast-check';
import picomatch from 'picomatch';
import { moduleMatcher } from '../../src/workspace/module-pattern';
import { stripSourceExt } from '../../src/workspace/paths';

/** The definition (plan-format.md), written plainly: every candidate spelling tested against the pattern. */
function definition(pattern: string, baseUrl: string | undefined): (specifier: string, resolved: string | undefined) => boolean {
  const prefix = pattern.replace(/\/\*\*$/, '');
  const glob = picomatch(pattern, { dot: true });
  const test = (s: string) => s === prefix || s.startsWith(prefix + '/') || glob(s);
  return (specifier, resolved) => {
    const candidates = [specifier];
    if (resolved !== undefined) {
      candidates.push(resolved, stripSourceExt(resolved));
      if (baseUrl && resolved.startsWith(baseUrl + '/')) {
        const rel = resolved.slice(baseUrl.length + 1);
        candidates.push(rel, stripSourceExt(rel));
      }
    }
    return candidates.some(test);
  };
}

const segment = fc.constantFrom('app', 'services', 'x', 'typeorm', 'src', '@legacy', 'a.ts', 'b.tsx', 'c.d.ts', 'legacy.ts');
const path = fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => s.join('/'));
const pattern = fc.constantFrom(
  'app/services/**', '**/services/**', 'typeorm', '@legacy', '**', '*', 'src/app/x', 'app/*/a', 'app/services/legacy',
  'src/app', 'x/a.ts', 'app/{x,services}/**',
);

describe('moduleMatcher', () => {
  it('answers as the plain definition for any pattern, baseUrl, specifier and resolved file, asked in any order', () => {
    fc.assert(
      fc.property(pattern, fc.constantFrom(undefined, '', 'src'), fc.array(fc.tuple(path, fc.option(path, { nil: undefined })), { maxLength: 30 }), (p, baseUrl, queries) => {
        const m = moduleMatcher(p, { baseUrl });
        const expected = definition(p, baseUrl);
        for (const [spec, resolved] of [...queries, ...queries]) expect({ p, spec, resolved, hit: m(spec, resolved) }).toEqual({ p, spec, resolved, hit: expected(spec, resolved) });
      }),
      { numRuns: 500 },
    );
  });

  it('matches by specifier, by resolved file with or without extension, and baseUrl-relative', () => {
    const m = moduleMatcher('app/services/legacy/**', { baseUrl: 'src' });
    expect([
      m('app/services/legacy/a', undefined),
      m('../legacy/a', 'src/app/services/legacy/a.ts'),
      m('./x', 'app/services/legacy.ts'), // the module app/services/legacy itself
      m('./x', 'app/services/legacy/x.ts'),
      m('app/services/legacyish', 'src/app/services/legacyish.ts'),
      m('typeorm', undefined),
    ]).toEqual([true, true, true, true, false, false]);
  });
});
