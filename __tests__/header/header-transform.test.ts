import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyTransform } from 'jscodeshift/src/testUtils';
import transform from '../../transforms/header';
import { headerTags, headerValue, parseHeader } from '../../src/header/header';

const FIXTURES = path.join(__dirname, '../../__testfixtures__/header');
const api = {} as never;

/** Each fixture with the options the `header` step would pass. */
const cases: [string, Record<string, unknown>][] = [
  ['set-existing', { set: 'Layer=L5 — Domain Schema' }],
  ['add-key', { set: 'AUDIENCE=CUSTOMER' }],
  ['block', { set: { Layer: 'L5 — Domain Engine' }, tags: 'M25_FROZEN' }],
  ['no-header', { set: 'Layer=L6 — Drivers' }],
  ['tags', { tags: ['-OLD', 'HYBRID', 'M25_FROZEN'] }],
  ['crlf', { set: 'Layer=L6 — Drivers;Role=Driver' }],
  ['bom', { set: 'Layer=L6 — Drivers' }],
  ['noop', { set: 'Layer=L6 — Drivers', tags: '' }],
  ['after-license', { set: 'Layer=L6 — Drivers' }],
];

describe('header transform', () => {
  it.each(cases)('%s: output is exact, and a second run changes nothing', (name, options) => {
    const input = fs.readFileSync(path.join(FIXTURES, `${name}.input.ts`), 'utf8');
    const expected = fs.readFileSync(path.join(FIXTURES, `${name}.output.ts`), 'utf8');
    const out = transform({ path: `${name}.ts`, source: input }, api, options);
    expect(out ?? input).toBe(expected);
    expect(transform({ path: `${name}.ts`, source: expected }, api, options)).toBeNull();
  });

  it('runs under jscodeshift itself', () => {
    const input = fs.readFileSync(path.join(FIXTURES, 'set-existing.input.ts'), 'utf8');
    const out = applyTransform({ default: transform, parser: 'ts' }, { set: 'Layer=L5 — Domain Schema' }, { source: input, path: 'x.ts' });
    expect(out).toBe(fs.readFileSync(path.join(FIXTURES, 'set-existing.output.ts'), 'utf8').trim());
  });
});

describe('parseHeader', () => {
  it('reads keys case-insensitively and tags from the Tags line', () => {
    const h = parseHeader('// Layer: L5/L6 — HYBRID\n// audience: CUSTOMER\n// Tags: HYBRID, M25_FROZEN\nexport {};\n');
    expect([headerValue(h, 'layer'), headerValue(h, 'AUDIENCE'), headerTags(h)]).toEqual(['L5/L6 — HYBRID', 'CUSTOMER', ['HYBRID', 'M25_FROZEN']]);
    expect(h?.entries.map((e) => e.line)).toEqual([1, 2, 3]);
  });

  it('finds no header when code comes first', () => {
    expect(parseHeader('export const a = 1;\n// Layer: L6\n')).toBeUndefined();
  });
});
