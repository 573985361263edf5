import { Multi, Scanner, Tok } from './js-scanner';

/** How a reference is written; `from` and `submodule` are Python's (src/lang/python). */
export type ImportKind = 'import' | 'export' | 'import-equals' | 'dynamic' | 'require' | 'mock' | 'from' | 'submodule';

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

const MOCK_CALLS = new Set(['mock', 'doMock', 'unmock', 'dontMock', 'requireActual', 'requireMock', 'createMockFromModule', 'importActual', 'importMock']);
const scanner = new Scanner();
const [LBRACE, RBRACE, LPAREN, RPAREN, RBRACKET, COMMA, SEMI, STAR, DOT, EQ, SLASH] = [123, 125, 40, 41, 93, 44, 59, 42, 46, 61, 47];

/**
 * Lists every module reference in a TypeScript/JavaScript file without parsing it: a single pass over
 * the file's tokens (js-scanner.ts), which is what keeps the whole-tree import index fast.
 */
export function lexImports(text: string): LexedImport[] {
  return new ImportLexer(text).run();
}

class ImportLexer {
  private readonly sink: RecordSink;
  private prevDot = false;
  private readonly braces: ('b' | 't')[] = [];

  constructor(private readonly text: string) {
    scanner.setText(text);
    this.sink = new RecordSink(text);
  }

  run(): LexedImport[] {
    const limit = lastReferenceWord(this.text);
    this.next();
    while (scanner.kind !== Tok.EOF) {
      const start = scanner.start;
      if (start > limit) break;
      if (scanner.kind !== Tok.Word || this.prevDot) this.next();
      else if (scanner.isWord('import')) this.importDecl(start);
      else if (scanner.isWord('export')) this.exportDecl(start);
      else this.call(start);
    }
    return this.sink.out;
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
    if (isPunct(DOT)) return; // import.meta
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

  /** `require('x')`, `jest.mock('x')`, `vi.importActual('x')`. */
  private call(start: number): void {
    const isRequire = scanner.isWord('require');
    const isMockHost = !isRequire && (scanner.isWord('jest') || scanner.isWord('vi'));
    this.next();
    if (isRequire && isPunct(LPAREN)) return this.callArg('require', start);
    if (isMockHost && isPunct(DOT)) {
      this.next();
      const method = this.word();
      if (!method || !MOCK_CALLS.has(method)) return;
      this.next();
      if (isPunct(LPAREN)) this.callArg('mock', start);
    }
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

  constructor(private readonly text: string) {}

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
 * `require`, `jest.mock` and the other mock calls): no reference can begin after it, so the scan
 * stops there. On typical files the imports come first and the code after them is never scanned.
 */
export function lastReferenceWord(text: string): number {
  let last = Math.max(text.lastIndexOf('import'), text.lastIndexOf('from'));
  // The rarer words usually do not occur at all: look for them past `last` only (a forward scan of
  // the tail, not a backward scan of the whole text), and for their last place only when they do.
  for (const word of RARE_REFERENCE_WORDS) if (text.indexOf(word, last + 1) >= 0) last = text.lastIndexOf(word);
  return last;
}
const RARE_REFERENCE_WORDS = ['require', 'mock', 'Mock'];

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
