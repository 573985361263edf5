import { lexImports } from '../../src/workspace/lexer';

/** A compact view of each record: kind, specifier, line:column, type-only flag and bindings. */
function view(src: string): string[] {
  return lexImports(src).map((r) => {
    const names = r.names?.map((n) => `${n.typeOnly ? 'type ' : ''}${n.name}${n.alias ? ` as ${n.alias}` : ''}`).join(',');
    const parts = [r.kind, r.specifier, `${r.line}:${r.column}`];
    if (r.typeOnly) parts.push('typeOnly');
    if (r.defaultName) parts.push(`default=${r.defaultName}`);
    if (r.namespace) parts.push(`ns=${r.namespace}`);
    if (r.star) parts.push('star');
    if (names !== undefined) parts.push(`{${names}}`);
    return parts.join(' ');
  });
}

describe('lexImports', () => {
  it('finds every static import and re-export form', () => {
    const src = [
      "import a from './a';",
      'import type { B } from "./b";',
      "import { type C, type D as E } from './c'",
      "import { f, type G } from './f';",
      "import * as ns from './ns';",
      "import type from './typedefault';",
      "import def, { x as y } from './def';",
      "export { z } from './z';",
      "export type { T } from './t';",
      "export * from './star';",
      "export * as starNs from './starns';",
      "import './side-effect';",
      "import json from './data.json' with { type: 'json' };",
      "export { local };",
    ].join('\n');
    expect(view(src)).toEqual([
      'import ./a 1:15 default=a',
      'import ./b 2:24 typeOnly {B}',
      'import ./c 3:37 typeOnly {type C,type D as E}',
      'import ./f 4:27 {f,type G}',
      'import ./ns 5:21 ns=ns',
      'import ./typedefault 6:18 default=type',
      'import ./def 7:29 default=def {x as y}',
      'export ./z 8:19 {z}',
      'export ./t 9:24 typeOnly {T}',
      'export ./star 10:15 star',
      'export ./starns 11:25 ns=starNs',
      'import ./side-effect 12:8',
      'import ./data.json 13:18 default=json',
    ]);
  });

  it('finds calls: dynamic import, require, import-equals and test mocks', () => {
    const src = [
      "const d = await import('./dyn');",
      "const c = require('./req');",
      "import eq = require('./eq');",
      "jest.mock('./mocked', () => ({}));",
      "vi.importActual('./vimock');",
      "obj.import('no1'); obj.require('no2'); jest.fn('no3');",
    ].join('\n');
    expect(view(src)).toEqual(['dynamic ./dyn 1:24', 'require ./req 2:19', 'import-equals ./eq 3:21', 'mock ./mocked 4:11', 'mock ./vimock 5:17']);
  });

  it('is not fooled by strings, regular expressions, templates and comments', () => {
    const src = [
      "const r = /'\"import('nope')/g; const half = 1 / 2;",
      "const s = \"import x from 'nope'\";",
      'const t = `hello ${ import(\'./in-template\') } ${ { a: 1 }.a } import x from \'nope\'`;',
      "// import x from 'nope'",
      "/* require('nope') */",
      "import after from './after';",
    ].join('\n');
    expect(view(src)).toEqual(['dynamic ./in-template 3:28', 'import ./after 6:19 default=after']);
  });

  it('finds references at the very end of a file, after long code without any', () => {
    const body = 'export function f(x: number): number {\n  return x * 2;\n}\n'.repeat(50);
    const src = [
      "import { a } from './a';",
      body,
      "const later = require('./late');",
      body,
      "jest.unmock('./unmocked');",
      'const t = `${x}`;',
      "export * from './tail'",
    ].join('\n');
    expect(view(src)).toEqual([
      'import ./a 1:19 {a}',
      'require ./late 153:23',
      'mock ./unmocked 305:13',
      'export ./tail 307:15 star',
    ]);
    // A word in a comment or string after the last reference only makes the scan go further.
    expect(view("import './x';\nf(); // import from require mock\n")).toEqual(['import ./x 1:8']);
  });

  it('gives statement bounds that include the semicolon', () => {
    const src = "import { a } from './a';\nexport * from './b'\n";
    const [a, b] = lexImports(src);
    expect(src.slice(a.stmtStart, a.stmtEnd)).toBe("import { a } from './a';");
    expect(src.slice(b.stmtStart, b.stmtEnd)).toBe("export * from './b'");
    expect(src.slice(a.start, a.end)).toBe("'./a'");
  });

  it('finds every other reference form: augmentations, triple-slash references, resolve calls, every module API of Jest and Vitest', () => {
    const src = [
      '#!/usr/bin/env node',
      '/* a header */',
      '/// <reference path="../a/x.ts" />',
      "/// <reference types='node' />",
      "declare module '../a/x' { interface Shape { b: 1 } }",
      "declare module 'pkg';",
      'declare global {}',
      "const r = require.resolve('../a/r');",
      "const m = import.meta.resolve('./m'); import.meta.url;",
      "const act = jest.requireActual<typeof import('../a/t')>('../a/x');",
      "jest.setMock('./sm', {}); jest.createMockFromModule('./cm'); vi.importMock('./im'); vi.doMock('./dm'); vi.unmock('./um');",
      'vi.mock(`./tpl`);',
      '/// <reference path="./late.ts" />',
      "/** @type {import('./not-js').T} */",
    ].join('\n');
    expect(view(src)).toEqual([
      'reference-path ../a/x.ts 3:21 typeOnly',
      'reference-types node 4:22 typeOnly',
      'augmentation ../a/x 5:16 typeOnly',
      'augmentation pkg 6:16 typeOnly',
      'require-resolve ../a/r 8:27',
      'import-meta-resolve ./m 9:31',
      'dynamic ../a/t 10:46',
      'mock ../a/x 10:57',
      'mock ./sm 11:14',
      'mock ./cm 11:53',
      'mock ./im 11:76',
      'mock ./dm 11:95',
      'mock ./um 11:114',
      'mock ./tpl 12:9',
    ]);
  });

  it('finds the import() types of JSDoc comments when asked (JavaScript files), and gives their bounds', () => {
    const src = [
      "import a from './a';",
      "/** @typedef {import('./shape').Shape} Shape */",
      "/** @param {import(\"./p\").P} p */ function f(p) { return import('./dyn'); }",
      "/* not a doc comment: import('./plain') */",
      "const x = { /** @type {import('./inner').T} */ y: require('./req') };",
    ].join('\n');
    expect(view(src)).toEqual(['import ./a 1:15 default=a', 'dynamic ./dyn 3:65', 'require ./req 5:59']);
    const records = lexImports(src, { docComments: true });
    expect(records.map((r) => `${r.kind} ${r.specifier} ${r.line}:${r.column} ${src.slice(r.start, r.end)} ${src.slice(r.stmtStart, r.stmtEnd)}`)).toEqual([
      "import ./a 1:15 './a' import a from './a';",
      "jsdoc ./shape 2:22 './shape' import('./shape')",
      'jsdoc ./p 3:20 "./p" import("./p")',
      "dynamic ./dyn 3:65 './dyn' import('./dyn')",
      "jsdoc ./inner 5:31 './inner' import('./inner')",
      "require ./req 5:59 './req' require('./req')",
    ]);
  });

  it('gives a triple-slash reference its literal and its directive as bounds', () => {
    const src = '\ufeff// c\n///   <reference  path = "./x.d.ts"/>  \nexport {};';
    const [r] = lexImports(src);
    expect([src.slice(r.start, r.end), src.slice(r.stmtStart, r.stmtEnd), r.line, r.column]).toEqual(['"./x.d.ts"', '///   <reference  path = "./x.d.ts"/>', 2, 26]);
  });
});
