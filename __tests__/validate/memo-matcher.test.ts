import fc from 'fast-check';
import { memoMatcher } from '../../src/validate/memo-matcher';
import { moduleMatcher } from '../../src/workspace/module-pattern';

const segment = fc.constantFrom('app', 'services', 'x', 'typeorm', 'src', '@legacy', 'a.ts', 'b.tsx');
const path = fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => s.join('/'));
const pattern = fc.constantFrom('app/services/**', '**/services/**', 'typeorm', '@legacy', '**', '*', 'src/app/x', 'app/*/a');

describe('memoMatcher', () => {
  it('answers exactly as the matcher it caches, whatever was asked before', () => {
    fc.assert(
      fc.property(pattern, fc.constantFrom(undefined, 'src'), fc.array(fc.tuple(path, fc.option(path, { nil: undefined })), { maxLength: 30 }), (p, baseUrl, queries) => {
        const m = moduleMatcher(p, { baseUrl });
        const memo = memoMatcher(m);
        for (const [spec, resolved] of [...queries, ...queries]) expect(memo(spec, resolved)).toBe(m(spec, resolved));
      }),
    );
  });
});
