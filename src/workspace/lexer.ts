import { Multi, Scanner, Tok } from './js-scanner';

/**
 * How a file names another: a statement (`import`, `export … from`, `import x = require()`), a call
 * (`import()`, `require()`, `require.resolve()`, `import.meta.resolve()`, a Jest or Vitest module API),
 * a module augmentation (`declare module './x'`), a triple-slash `path` or `types` reference, or an
 * `import('…')` type in a JSDoc comment of a JavaScript file. `from` and `submodule` are Python's
 * (src/lang/python).
 */
export type ImportKind =
  | 'import' | 'export' | 'import-equals' | 'dynamic' | 'require' | 'mock'
  | 'require-resolve' | 'import-meta-resolve' | 'augmentation' | 'reference-path' | 'reference-types' | 'jsdoc'
  | 'from' | 'submodule';

/** What the lexer looks at besides code: JSDoc comments count in JavaScript files, where TypeScript reads their types. */
export interface LexOptions {
  docComments?: boolean;
}

/** One binding in `{ … }` of an import or re-export. */
export interface ImportedName {
  /** The exported name (`a` in `a as b`). */
  name: string;
  /** The local or re-exported name when renamed. */
  alias?: string;
  typeOnly: boolean;
}

/** One module reference in a file, as written. */
export interface ImportRecord {
  kind: ImportKind;
  specifier: string;
  /** Offsets of the string literal, quotes included. */
  start: number;
  end: number;
  /** Offsets of the whole declaration or call (with its `;` when there is one). */
  stmtStart: number;
  stmtEnd: number;
  /** 1-based position of the specifier. */
  line: number;
  column: number;
  /** `import type`, `export type`, or every named binding written with an inline `type`. */
  typeOnly: boolean;
  defaultName?: string;
  namespace?: string;
  names?: ImportedName[];
  /** `export * from` (with `namespace` set for `export * as ns from`). */
  star?: boolean;
}

/**
 * A record with the two slots the import index fills in: the importing file and what the specifier
 * resolves to. The lexer creates them empty so the index can fill its first build's records in place
 * instead of copying 27k objects per 10k files (one fixed shape either way).
 */
export interface LexedImport extends ImportRecord {
  file: string;
  resolved?: string;
}

/** The Jest (`jest.`) and Vitest (`vi.`) module APIs whose first argument is a module path. */
export const MOCK_CALLS = new Set(['mock', 'doMock', 'unmock', 'dontMock', 'requireActual', 'requireMock', 'createMockFromModule', 'setMock', 'importActual', 'importMock']);
const scanner = new Scanner();
const [LBRACE, RBRACE, LPAREN, RPAREN, RBRACKET, COMMA, SEMI, STAR, DOT, EQ, SLASH, LT, GT] = [123, 125, 40, 41, 93, 44, 59, 42, 46, 61, 47, 60, 62];

/**
 * Lists every module reference in a TypeScript/JavaScript file without parsing it: a single pass over
 * the file's tokens (js-scanner.ts), which is what keeps the whole-tree import index fast.
 */
export function lexImports(text: string, options: LexOptions = {}): LexedImport[] {
  return new ImportLexer(text, options.docComments === true).run();
}

class ImportLexer {
  private readonly sink: RecordSink;
  private prevDot = false;
  private readonly braces: ('b' | 't')[] = [];
  /** Start and end of each `/** … *\/` comment scanned and not yet looked into (JavaScript files only). */
  private readonly docs: number[] | undefined;

  constructor(
    private readonly text: string,
    docComments: boolean,
  ) {
    scanner.setText(text);
    this.docs = scanner.docComments = docComments ? [] : undefined;
    this.sink = new RecordSink(text);
  }

  run(): LexedImport[] {
    const limit = lastReferenceWord(this.text);
    const docs = this.docs;
    this.next();
    // Most files start with code: no comments before the first token, so no triple-slash references.
    if (scanner.start > 0) tripleSlashReferences(this.text, this.sink);
    while (scanner.kind !== Tok.EOF) {
      const start = scanner.start;
      if (docs !== undefined && docs.length) this.lexDocComments();
      if (start > limit) break;
      if (scanner.kind !== Tok.Word || this.prevDot) this.next();
      else if (scanner.isWord('import')) this.importDecl(start);
      else if (scanner.isWord('export')) this.exportDecl(start);
      else if (scanner.isWord('declare')) this.augmentation(start);
      else this.call(start);
    }
    if (docs !== undefined && docs.length) this.lexDocComments();
    return this.sink.sorted();
  }

  private lexDocComments(): void {
    const docs = this.docs!;
    for (let i = 0; i < docs.length; i += 2) docCommentImports(this.text, docs[i], docs[i + 1], this.sink);
    docs.length = 0;
  }

  /** Advances one token, keeping template and regex state right so strings inside them are not misread. */
  private next(): void {
    this.prevDot = isPunct(DOT);
    const prevKind = scanner.kind;
    const prevStart = scanner.start;
    const prevEnd = scanner.end;
    const prevPunct = scanner.punct;
    let t = scanner.scan();
    if (t === Tok.Punct) {
      const p = scanner.punct;
      if (p === LBRACE) this.braces.push('b');
      else if (p === RBRACE) {
        if (this.braces[this.braces.length - 1] === 't') {
          t = scanner.reScanTemplate();
          if (t === Tok.TemplateTail) this.braces.pop();
        } else this.braces.pop();
      } else if ((p === SLASH || p === Multi.SlashEquals) && regexAllowedAfter(prevKind, prevPunct, this.text, prevStart, prevEnd)) scanner.reScanSlash();
    } else if (t === Tok.TemplateHead) this.braces.push('t');
  }

  private word(): string | undefined {
    return scanner.kind === Tok.Word ? scanner.tokenText() : undefined;
  }

  private isString(): boolean {
    return scanner.kind === Tok.String || scanner.kind === Tok.Template;
  }

  private importDecl(stmtStart: number): void {
    this.next();
    if (isPunct(LPAREN)) return this.callArg('dynamic', stmtStart);
    if (isPunct(DOT)) return this.importMeta(stmtStart);
    const rec: Partial<ImportRecord> = { kind: 'import', typeOnly: false };
    if (this.isString()) return this.finish(rec, stmtStart);
    if (scanner.isWord('type')) {
      const isModifier = scanner.lookAhead(() => {
        scanner.scan();
        return isPunct(LBRACE) || isPunct(STAR) || !(scanner.isWord('from') || isPunct(EQ) || isPunct(COMMA));
      });
      if (isModifier) {
        rec.typeOnly = true;
        this.next();
      }
    }
    const name = this.word();
    if (name !== undefined) {
      this.next();
      if (isPunct(EQ)) return this.importEquals(stmtStart, rec.typeOnly ?? false);
      rec.defaultName = name;
      if (isPunct(COMMA)) this.next();
    }
    if (!this.bindings(rec)) return;
    if (!scanner.isWord('from')) return;
    this.next();
    if (this.isString()) this.finish(rec, stmtStart);
  }

  /** `* as ns` or `{ a, type b as c }`; false when the syntax is not an import clause. */
  private bindings(rec: Partial<ImportRecord>): boolean {
    if (isPunct(STAR)) {
      this.next();
      if (scanner.isWord('as')) {
        this.next();
        rec.namespace = this.word();
        this.next();
      } else rec.star = true;
      return true;
    }
    if (!isPunct(LBRACE)) return true;
    const names: ImportedName[] = [];
    this.next();
    while (!isPunct(RBRACE) && scanner.kind !== Tok.EOF) {
      let typeOnly = false;
      let name = this.word() ?? (this.isString() ? scanner.tokenValue() : undefined);
      if (name === undefined) return false;
      this.next();
      if (name === 'type' && !isPunct(COMMA) && !isPunct(RBRACE) && !scanner.isWord('as')) {
        typeOnly = true;
        const typed = this.word() ?? (this.isString() ? scanner.tokenValue() : undefined);
        if (typed === undefined) return false;
        name = typed;
        this.next();
      } else if (name === 'type' && scanner.isWord('as') && scanner.lookAhead(() => (scanner.scan(), scanner.isWord('as')))) {
        typeOnly = true; // `type as as x`
        name = 'as';
        this.next();
      }
      let alias: string | undefined;
      if (scanner.isWord('as')) {
        this.next();
        alias = this.word() ?? (this.isString() ? scanner.tokenValue() : undefined);
        if (alias === undefined) return false;
        this.next();
      }
      names.push(alias === undefined ? { name, typeOnly } : { name, alias, typeOnly });
      if (isPunct(COMMA)) this.next();
    }
    this.next();
    rec.names = names;
    if (!rec.typeOnly && names.length > 0 && rec.defaultName === undefined && rec.namespace === undefined && names.every((n) => n.typeOnly)) {
      rec.typeOnly = true;
    }
    return true;
  }

  private importEquals(stmtStart: number, typeOnly: boolean): void {
    this.next();
    if (!scanner.isWord('require')) return;
    this.next();
    if (!isPunct(LPAREN)) return;
    this.next();
    if (this.isString()) this.finish({ kind: 'import-equals', typeOnly }, stmtStart);
  }

  private exportDecl(stmtStart: number): void {
    this.next();
    const rec: Partial<ImportRecord> = { kind: 'export', typeOnly: false };
    if (scanner.isWord('import')) return this.importDecl(stmtStart);
    if (scanner.isWord('type')) {
      rec.typeOnly = true;
      this.next();
    }
    if (!isPunct(LBRACE) && !isPunct(STAR)) return;
    if (!this.bindings(rec)) return;
    if (!scanner.isWord('from')) return;
    this.next();
    if (this.isString()) this.finish(rec, stmtStart);
  }

  /** `import.meta.resolve('x')`; any other `import.meta` is no reference. */
  private importMeta(stmtStart: number): void {
    this.next();
    if (!scanner.isWord('meta')) return;
    this.next();
    if (!isPunct(DOT)) return;
    this.next();
    if (!scanner.isWord('resolve')) return;
    this.next();
    if (isPunct(LPAREN)) this.callArg('import-meta-resolve', stmtStart);
  }

  /** `declare module './x'` (or `'x'`): the resolver tells a file of the tree from an ambient package name. */
  private augmentation(stmtStart: number): void {
    this.next();
    if (!scanner.isWord('module')) return;
    this.next();
    if (!this.isString()) return;
    const lit = this.literal();
    this.next();
    this.sink.push({ kind: 'augmentation', typeOnly: true }, lit, stmtStart, lit.end);
  }

  /** `require('x')`, `require.resolve('x')`, `jest.mock('x')`, `vi.importActual<typeof import('x')>('x')`. */
  private call(start: number): void {
    const isRequire = scanner.isWord('require');
    const isMockHost = !isRequire && (scanner.isWord('jest') || scanner.isWord('vi'));
    this.next();
    if (isRequire && isPunct(LPAREN)) return this.callArg('require', start);
    if (!(isRequire || isMockHost) || !isPunct(DOT)) return;
    this.next();
    const method = this.word();
    if (isRequire ? method !== 'resolve' : !method || !MOCK_CALLS.has(method)) return;
    this.next();
    if (isMockHost && isPunct(LT) && !this.typeArguments()) return;
    if (isPunct(LPAREN)) this.callArg(isRequire ? 'require-resolve' : 'mock', start);
  }

  /**
   * At `<`: skips a call's type arguments, recording the `import('x')` types inside them; false when
   * they do not close before a `;` or `)` (a comparison, not type arguments).
   */
  private typeArguments(): boolean {
    let depth = 0;
    for (;;) {
      if (isPunct(LT)) depth++;
      else if (isPunct(GT) && --depth === 0) break;
      else if (isPunct(SEMI) || isPunct(RPAREN) || scanner.kind === Tok.EOF) return false;
      if (scanner.isWord('import') && !this.prevDot) this.importDecl(scanner.start);
      else this.next();
    }
    this.next();
    return true;
  }

  /** At `(`: records the call when its first argument is a plain string. */
  private callArg(kind: ImportKind, stmtStart: number): void {
    this.next();
    if (!this.isString()) return;
    const lit = this.literal();
    this.next();
    if (!isPunct(RPAREN) && !isPunct(COMMA)) return;
    this.sink.push({ kind, typeOnly: false }, lit, stmtStart, scanner.end);
    this.next();
  }

  private finish(rec: Partial<ImportRecord>, stmtStart: number): void {
    const lit = this.literal();
    this.next();
    if (scanner.isWord('with') || scanner.isWord('assert')) this.skipAttributes();
    let stmtEnd = lit.end;
    if (isPunct(SEMI)) {
      stmtEnd = scanner.end;
      this.next();
    }
    this.sink.push(rec, lit, stmtStart, stmtEnd);
  }

  private skipAttributes(): void {
    this.next();
    if (!isPunct(LBRACE)) return;
    while (!isPunct(RBRACE) && scanner.kind !== Tok.EOF) this.next();
    this.next();
  }

  private literal(): { value: string; start: number; end: number } {
    return { value: scanner.tokenValue(), start: scanner.start, end: scanner.end };
  }
}

/**
 * Collects a file's records with their line and column, counted forward as records come in file
 * order. Shared with the differential test's lexer on TypeScript's scanner.
 */
export class RecordSink {
  readonly out: LexedImport[] = [];
  private countedTo = 0;
  private lineStart = 0;
  private lineNo = 1;
  /** A JSDoc comment inside a statement is looked into after the statement's record: out of order. */
  private unordered = false;

  constructor(private readonly text: string) {}

  /** The records in file order. */
  sorted(): LexedImport[] {
    return this.unordered ? this.out.sort((a, b) => a.start - b.start) : this.out;
  }

  push(rec: Partial<ImportRecord>, lit: { value: string; start: number; end: number }, stmtStart: number, stmtEnd: number): void {
    const { line, column } = this.position(lit.start);
    // One fixed object shape for every record: spreading partial records made V8 fall back to slow objects.
    this.out.push({
      kind: rec.kind!, specifier: lit.value, start: lit.start, end: lit.end, stmtStart, stmtEnd, line, column,
      typeOnly: rec.typeOnly ?? false, defaultName: rec.defaultName, namespace: rec.namespace, names: rec.names, star: rec.star,
      file: '', resolved: undefined,
    });
  }

  /** Line and column by counting forward from the last position: records come in file order. */
  private position(offset: number): { line: number; column: number } {
    if (offset < this.countedTo) {
      this.unordered = true;
      this.countedTo = this.lineStart = 0;
      this.lineNo = 1;
    }
    for (let i = this.countedTo; i < offset; i++) {
      if (this.text.charCodeAt(i) === 10) {
        this.lineNo++;
        this.lineStart = i + 1;
      }
    }
    this.countedTo = offset;
    return { line: this.lineNo, column: offset - this.lineStart + 1 };
  }
}

/**
 * Where the last word that every module reference contains starts (`import`, `export … from`,
 * `require`, `jest.mock` and the other mock calls, `declare module`; a triple-slash reference sits
 * at the file's head and a JSDoc `import()` contains `import`): no reference can begin after it, so the scan
 * stops there. On typical files the imports come first and the code after them is never scanned.
 */
export function lastReferenceWord(text: string): number {
  let last = Math.max(text.lastIndexOf('import'), text.lastIndexOf('from'));
  // The rarer words usually do not occur at all: look for them past `last` only (a forward scan of
  // the tail, not a backward scan of the whole text), and for their last place only when they do.
  for (const word of RARE_REFERENCE_WORDS) if (text.indexOf(word, last + 1) >= 0) last = text.lastIndexOf(word);
  // `declare` alone is common in declarations (`declare const`): only `declare module` extends the scan.
  const declare = text.indexOf('declare', last + 1);
  if (declare >= 0) {
    DECLARE_MODULE.lastIndex = declare;
    for (let m = DECLARE_MODULE.exec(text); m; m = DECLARE_MODULE.exec(text)) last = m.index;
  }
  return last;
}
const RARE_REFERENCE_WORDS = ['require', 'mock', 'Mock'];
const DECLARE_MODULE = /declare\s+module/g;

const TRIPLE_SLASH = /\/\/\/[ \t]*<reference[ \t]+(path|types)[ \t]*=[ \t]*(?:"([^"\r\n]*)"|'([^'\r\n]*)')[^\r\n]*/y;

/**
 * The triple-slash `path` and `types` references of a file: TypeScript reads them only in the comments
 * before its first token, so the scan stops at the first code.
 */
export function tripleSlashReferences(text: string, sink: RecordSink): void {
  let p = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (text.startsWith('#!', p)) p = text.indexOf('\n', p) < 0 ? text.length : text.indexOf('\n', p);
  for (;;) {
    const c = text.charCodeAt(p);
    if (c === 32 || c === 9 || c === 10 || c === 13) p++;
    else if (c !== 47) return;
    else if (text.charCodeAt(p + 1) === 42) {
      const close = text.indexOf('*/', p + 2);
      if (close < 0) return;
      p = close + 2;
    } else if (text.charCodeAt(p + 1) !== 47) return;
    else {
      TRIPLE_SLASH.lastIndex = p;
      const m = TRIPLE_SLASH.exec(text);
      const nl = text.indexOf('\n', p);
      const eol = nl < 0 ? text.length : nl;
      if (m) {
        const value = m[2] ?? m[3];
        const quoted = p + m[0].indexOf(m[2] !== undefined ? '"' : "'", m[0].indexOf('='));
        sink.push({ kind: m[1] === 'path' ? 'reference-path' : 'reference-types', typeOnly: true }, { value, start: quoted, end: quoted + value.length + 2 }, p, p + m[0].trimEnd().length);
      }
      p = eol;
    }
  }
}

const DOC_IMPORT = /\bimport[ \t]*\([ \t]*(?:'([^'\r\n]*)'|"([^"\r\n]*)"|`([^`$\r\n]*)`)[ \t]*\)/g;

/** The `import('x')` types of one JSDoc comment (`text.slice(start, end)`). */
export function docCommentImports(text: string, start: number, end: number, sink: RecordSink): void {
  if (!containsImport(text, start, end)) return; // most doc comments: no substring made
  const body = text.slice(start, end);
  DOC_IMPORT.lastIndex = 0;
  for (let m = DOC_IMPORT.exec(body); m; m = DOC_IMPORT.exec(body)) {
    const value = m[1] ?? m[2] ?? m[3];
    const open = start + m.index + m[0].indexOf('(') + 1;
    const quote = text.slice(open).search(/['"`]/) + open;
    sink.push({ kind: 'jsdoc', typeOnly: true }, { value, start: quote, end: quote + value.length + 2 }, start + m.index, start + m.index + m[0].length);
  }
}

/** Whether `text.slice(start, end)` contains `import`, searched within those bounds only. */
function containsImport(text: string, start: number, end: number): boolean {
  for (let i = start; i <= end - 6; i++) if (text.charCodeAt(i) === 105 && text.startsWith('import', i)) return true;
  return false;
}

/** Whether the current token is the single punctuator `code`. */
function isPunct(code: number): boolean {
  return scanner.kind === Tok.Punct && scanner.punct === code;
}

/** Words after which an expression (so a regular expression) may start; any other word ends one. */
export const EXPRESSION_KEYWORDS = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await', 'extends']);

/** Whether a `/` after this token starts a regular expression rather than a division. */
function regexAllowedAfter(kind: number, punct: number, text: string, start: number, end: number): boolean {
  switch (kind) {
    case Tok.Word:
      return EXPRESSION_KEYWORDS.has(text.slice(start, end));
    case Tok.Punct:
      return punct !== RPAREN && punct !== RBRACKET && punct !== RBRACE;
    case Tok.EOF:
    case Tok.TemplateHead:
    case Tok.TemplateMiddle:
      return true; // the file's start, or a template substitution's
    default:
      return false; // a string, template end, number, regular expression or #name ends an operand
  }
}
