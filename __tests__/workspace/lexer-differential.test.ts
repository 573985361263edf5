import fc from 'fast-check';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lexImports } from '../../src/workspace/lexer';
import { lexImports as lexWithTypeScript } from '../helpers/ts-lexer';

// The import lexer runs on its own tokenizer (js-scanner.ts); the same grammar on TypeScript's scanner
// is the oracle. Every record (kind, specifier, offsets, line and column, bindings) must agree.

const REPO = path.join(__dirname, '../..');

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!['.git', 'dist', '.corpus', 'coverage'].includes(e.name)) sourceFiles(p, out);
    } else if (/\.(c|m)?[jt]sx?$/.test(e.name) && !e.name.endsWith('.min.js')) out.push(p);
  }
  return out;
}

function isJavaScript(file: string): boolean {
  return /\.[cm]?jsx?$/.test(file);
}

describe('the import lexer on its own tokenizer', () => {
  it("finds exactly what it finds on TypeScript's scanner, in every source file of this repository", () => {
    const files = ['src', '__tests__', '__testfixtures__', 'examples', 'transforms', 'bench'].flatMap((d) => sourceFiles(path.join(REPO, d)));
    expect(files.length).toBeGreaterThan(300);
    let records = 0;
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8');
      const options = { docComments: isJavaScript(f) };
      const mine = lexImports(text, options);
      expect({ file: path.relative(REPO, f), records: mine }).toEqual({ file: path.relative(REPO, f), records: lexWithTypeScript(text, options) });
      records += mine.length;
    }
    expect(records).toBeGreaterThan(1000);
  });

  it("finds exactly what it finds on TypeScript's scanner in the JavaScript of its dependencies", () => {
    const files = ['yargs', 'yaml', 'zod', 'picomatch', 'diff', 'jscodeshift', 'fast-glob', 'recast', 'ignore']
      .flatMap((pkg) => sourceFiles(path.join(REPO, 'node_modules', pkg)))
      .filter((f) => !f.includes(`${path.sep}node_modules${path.sep}`, f.indexOf('node_modules') + 13));
    expect(files.length).toBeGreaterThan(200);
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8');
      const options = { docComments: isJavaScript(f) };
      expect({ file: path.relative(REPO, f), records: lexImports(text, options) }).toEqual({ file: path.relative(REPO, f), records: lexWithTypeScript(text, options) });
    }
  });

  it("finds exactly what it finds on TypeScript's scanner in generated code, templates and blocks nested", () => {
    const atom = fc.constantFrom(
      "import a from './a';", "import type { T } from './t';", "import { type A, b as c } from './x';", "export * from './s';",
      "export * as ns from './ns';", "export { a as default } from './d';", "import x = require('./eq');", "import type X = require('./teq');",
      "require('./r')", "jest.mock('./m', () => ({}))", "vi.importActual('./v')", "import('./dyn')", 'import.meta.url', "import './side';",
      "'str'", '"dq"', "'esc\\'aped'", "'\\x41\\u0042\\u{43}'", '`tpl`', '(', ')', '[', ']', '/re[/]x/g', 'x = /=\\//i', 'a', 'x.y',
      '?.', '...', '1.5', '.5', '0x1F', '1e-3', '10n', 'return /r/', 'typeof', 'this', 'from', 'type', 'as', 'import', 'export', 'require',
      ';', ',', '=', '==', '=>', '*', '**', '// line comment\n', '/* block */', '\n', '#priv', "with { type: 'json' }", 'if (a) /x/.test(b)',
      'a / b / c', '(a) / 2', 'f(x)/2', "import{a}from'./tight'", "require(`./tpl`)", 'export{b}from"./dq"', '{a:1}.a/2', "'unterminated\n",
      "declare module './aug' { }", "declare module 'pkg';", 'declare global', 'declare', 'module', '/// <reference path="./p.ts" />\n',
      "/// <reference types='t' />\n", "/** @type {import('./jd').T} */", '/** @param {import("./jp").P} p */', '/** plain */', '/***/',
      "require.resolve('./rr')", "import.meta.resolve('./mr')", "jest.requireActual<typeof import('./ta')>('./ra')", 'jest.mock<', '<', '>',
      "jest.setMock('./sm', {})", "vi.importMock(`./vm`)", 'require.resolve', 'import.meta',
    );
    // Templates and blocks are generated balanced, as in code that parses: an unbalanced `}` or an
    // unterminated regular expression is recovered from differently by the two scanners.
    const { code } = fc.letrec((tie) => ({
      code: fc.array(fc.oneof({ weight: 6, arbitrary: atom }, { weight: 1, arbitrary: tie('template') }, { weight: 1, arbitrary: tie('block') }), { maxLength: 12 })
        .map((parts) => (parts as string[]).join(' ')),
      template: fc.array(tie('code'), { maxLength: 3 }).map((subs) => '`t' + (subs as string[]).map((c) => '${ ' + c + ' }u').join('') + '`'),
      block: tie('code').map((c) => '{ ' + (c as string) + ' }'),
    })) as { code: fc.Arbitrary<string> };
    fc.assert(
      fc.property(code, fc.boolean(), (text, docComments) => {
        expect(lexImports(text, { docComments })).toEqual(lexWithTypeScript(text, { docComments }));
      }),
      { numRuns: 3000 },
    );
  });
});
