import ts from 'typescript';

import { docCommentImports, EXPRESSION_KEYWORDS, lastReferenceWord, MOCK_CALLS, RecordSink, type ImportKind, type ImportedName, type ImportRecord, type LexedImport, type LexOptions } from '../../src/workspace/lexer';

const K = ts.SyntaxKind;
const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard);
/** Reads the comments between two tokens, to find the JSDoc comments the lexer's own tokenizer reports. */
const trivia = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard);

/**
 * The import lexer on TypeScript's own scanner: what src/workspace/lexer.ts was before it got its own
 * tokenizer, kept as the oracle of the differential test (same grammar, same regex policy).
 */
export function lexImports(text: string, options: LexOptions = {}): LexedImport[] {
  return new ImportLexer(text, options.docComments === true).run();
}

class ImportLexer {
  private readonly sink: RecordSink;
  private tok: ts.SyntaxKind = K.Unknown;
  private prev: ts.SyntaxKind = K.Unknown;
  private prevWord: string | undefined;
  private readonly braces: ('b' | 't')[] = [];
  private readonly docs: [number, number][] = [];

  constructor(
    private readonly text: string,
    private readonly docComments: boolean,
  ) {
    scanner.setText(text);
    scanner.setOnError(undefined);
    this.sink = new RecordSink(text);
  }

  run(): LexedImport[] {
    this.tripleSlash();
    const limit = lastReferenceWord(this.text);
    this.next();
    while (this.cur() !== K.EndOfFileToken) {
      const start = scanner.getTokenStart();
      this.lexDocComments();
      if (start > limit) break;
      if (this.cur() === K.ImportKeyword && this.prev !== K.DotToken) this.importDecl(start);
      else if (this.cur() === K.ExportKeyword && this.prev !== K.DotToken) this.exportDecl(start);
      else if (this.cur() === K.DeclareKeyword && this.prev !== K.DotToken) this.augmentation(start);
      else if ((this.cur() === K.Identifier || this.cur() === K.RequireKeyword) && this.prev !== K.DotToken) this.call(start);
      else this.next();
    }
    this.lexDocComments();
    return this.sink.out.sort((a, b) => a.start - b.start);
  }

  /** TypeScript's own reading of the file's triple-slash references (preProcessFile gives the value's bounds). */
  private tripleSlash(): void {
    const info = ts.preProcessFile(this.text, false, false);
    const refs = [
      ...info.referencedFiles.map((f) => ({ f, kind: 'reference-path' as const })),
      ...info.typeReferenceDirectives.map((f) => ({ f, kind: 'reference-types' as const })),
    ].sort((a, b) => a.f.pos - b.f.pos);
    for (const { f, kind } of refs) {
      const stmtStart = this.text.lastIndexOf('///', f.pos);
      const eol = this.text.slice(f.pos).search(/[\r\n]|$/) + f.pos;
      const value = { value: f.fileName, start: f.pos - 1, end: f.end + 1 };
      this.sink.push({ kind, typeOnly: true }, value, stmtStart, stmtStart + this.text.slice(stmtStart, eol).trimEnd().length);
    }
  }

  private lexDocComments(): void {
    for (const [start, end] of this.docs) docCommentImports(this.text, start, end, this.sink);
    this.docs.length = 0;
  }

  /** Advances one token, keeping template and regex state right so strings inside them are not misread. */
  private next(): ts.SyntaxKind {
    this.prev = this.cur();
    this.prevWord = this.word();
    const triviaStart = scanner.getTokenEnd();
    let t = scanner.scan();
    if (this.docComments) this.collectDocComments(triviaStart, scanner.getTokenStart());
    if (t === K.OpenBraceToken) this.braces.push('b');
    else if (t === K.TemplateHead) this.braces.push('t');
    else if (t === K.CloseBraceToken) {
      if (this.braces[this.braces.length - 1] === 't') {
        t = scanner.reScanTemplateToken(false);
        if (t === K.TemplateTail) this.braces.pop();
      } else this.braces.pop();
    } else if ((t === K.SlashToken || t === K.SlashEqualsToken) && regexAllowedAfter(this.prev, this.prevWord)) {
      t = scanner.reScanSlashToken();
    }
    this.tok = t;
    return t;
  }

  private collectDocComments(from: number, to: number): void {
    trivia.setText(this.text, from, to - from);
    for (let t = trivia.scan(); t !== K.EndOfFileToken; t = trivia.scan()) {
      const start = trivia.getTokenStart();
      const end = trivia.getTokenEnd();
      if (t === K.MultiLineCommentTrivia && this.text.startsWith('/**', start) && end - start > 4) this.docs.push([start, end]);
    }
  }

  /** The current token; a call, so TypeScript does not narrow it across `next()`. */
  private cur(): ts.SyntaxKind {
    return this.tok;
  }

  private word(): string | undefined {
    return this.cur() === K.Identifier || (this.cur() >= K.FirstKeyword && this.cur() <= K.LastKeyword) ? scanner.getTokenText() : undefined;
  }

  private isString(): boolean {
    return this.cur() === K.StringLiteral || this.cur() === K.NoSubstitutionTemplateLiteral;
  }

  private importDecl(stmtStart: number): void {
    this.next();
    if (this.cur() === K.OpenParenToken) return this.callArg('dynamic', stmtStart);
    if (this.cur() === K.DotToken) return this.importMeta(stmtStart);
    const rec: Partial<ImportRecord> = { kind: 'import', typeOnly: false };
    if (this.isString()) return this.finish(rec, stmtStart);
    if (this.cur() === K.TypeKeyword) {
      const isModifier = scanner.lookAhead(() => {
        const t = scanner.scan();
        return t === K.OpenBraceToken || t === K.AsteriskToken || (t !== K.FromKeyword && t !== K.EqualsToken && t !== K.CommaToken);
      });
      if (isModifier) {
        rec.typeOnly = true;
        this.next();
      }
    }
    const name = this.word();
    if (name !== undefined && this.cur() !== K.OpenBraceToken) {
      this.next();
      if (this.cur() === K.EqualsToken) return this.importEquals(stmtStart, rec.typeOnly ?? false);
      rec.defaultName = name;
      if (this.cur() === K.CommaToken) this.next();
    }
    if (!this.bindings(rec)) return;
    if (this.cur() !== K.FromKeyword) return;
    this.next();
    if (this.isString()) this.finish(rec, stmtStart);
  }

  /** `* as ns` or `{ a, type b as c }`; false when the syntax is not an import clause. */
  private bindings(rec: Partial<ImportRecord>): boolean {
    if (this.cur() === K.AsteriskToken) {
      this.next();
      if (this.cur() === K.AsKeyword) {
        this.next();
        rec.namespace = this.word();
        this.next();
      } else rec.star = true;
      return true;
    }
    if (this.cur() !== K.OpenBraceToken) return true;
    const names: ImportedName[] = [];
    this.next();
    while (this.cur() !== K.CloseBraceToken && this.cur() !== K.EndOfFileToken) {
      let typeOnly = false;
      let name = this.word() ?? (this.isString() ? scanner.getTokenValue() : undefined);
      if (name === undefined) return false;
      this.next();
      if (name === 'type' && this.cur() !== K.CommaToken && this.cur() !== K.CloseBraceToken && this.cur() !== K.AsKeyword) {
        typeOnly = true;
        const typed = this.word() ?? (this.isString() ? scanner.getTokenValue() : undefined);
        if (typed === undefined) return false;
        name = typed;
        this.next();
      } else if (name === 'type' && this.cur() === K.AsKeyword && scanner.lookAhead(() => scanner.scan() === K.AsKeyword)) {
        typeOnly = true; // `type as as x`
        name = 'as';
        this.next();
      }
      let alias: string | undefined;
      if (this.cur() === K.AsKeyword) {
        this.next();
        alias = this.word() ?? (this.isString() ? scanner.getTokenValue() : undefined);
        if (alias === undefined) return false;
        this.next();
      }
      names.push(alias === undefined ? { name, typeOnly } : { name, alias, typeOnly });
      if (this.cur() === K.CommaToken) this.next();
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
    if (this.word() !== 'require') return;
    this.next();
    if (this.cur() !== K.OpenParenToken) return;
    this.next();
    if (this.isString()) this.finish({ kind: 'import-equals', typeOnly }, stmtStart);
  }

  private exportDecl(stmtStart: number): void {
    this.next();
    const rec: Partial<ImportRecord> = { kind: 'export', typeOnly: false };
    if (this.cur() === K.ImportKeyword) return this.importDecl(stmtStart);
    if (this.cur() === K.TypeKeyword) {
      rec.typeOnly = true;
      this.next();
    }
    if (this.cur() !== K.OpenBraceToken && this.cur() !== K.AsteriskToken) return;
    if (!this.bindings(rec)) return;
    if (this.cur() !== K.FromKeyword) return;
    this.next();
    if (this.isString()) this.finish(rec, stmtStart);
  }

  private importMeta(stmtStart: number): void {
    this.next();
    if (this.word() !== 'meta') return;
    this.next();
    if (this.cur() !== K.DotToken) return;
    this.next();
    if (this.word() !== 'resolve') return;
    this.next();
    if (this.cur() === K.OpenParenToken) this.callArg('import-meta-resolve', stmtStart);
  }

  private augmentation(stmtStart: number): void {
    this.next();
    if (this.cur() !== K.ModuleKeyword) return;
    this.next();
    if (!this.isString()) return;
    const lit = this.literal();
    this.next();
    this.sink.push({ kind: 'augmentation', typeOnly: true }, lit, stmtStart, lit.end);
  }

  /** `require('x')`, `require.resolve('x')`, `jest.mock('x')`, `vi.importActual<typeof import('x')>('x')`. */
  private call(start: number): void {
    // getTokenValue() is the scanner's own interned text: no substring per identifier.
    const name = scanner.getTokenValue();
    this.next();
    if (name === 'require' && this.cur() === K.OpenParenToken) return this.callArg('require', start);
    const isMockHost = name === 'jest' || name === 'vi';
    if (!(name === 'require' || isMockHost) || this.cur() !== K.DotToken) return;
    this.next();
    const method = this.word();
    if (name === 'require' ? method !== 'resolve' : !method || !MOCK_CALLS.has(method)) return;
    this.next();
    if (isMockHost && this.cur() === K.LessThanToken && !this.typeArguments()) return;
    if (this.cur() === K.OpenParenToken) this.callArg(name === 'require' ? 'require-resolve' : 'mock', start);
  }

  private typeArguments(): boolean {
    let depth = 0;
    for (;;) {
      if (this.cur() === K.LessThanToken) depth++;
      else if (this.cur() === K.GreaterThanToken && --depth === 0) break;
      else if (this.cur() === K.SemicolonToken || this.cur() === K.CloseParenToken || this.cur() === K.EndOfFileToken) return false;
      if (this.cur() === K.ImportKeyword && this.prev !== K.DotToken) this.importDecl(scanner.getTokenStart());
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
    if (this.cur() !== K.CloseParenToken && this.cur() !== K.CommaToken) return;
    this.sink.push({ kind, typeOnly: false }, lit, stmtStart, scanner.getTokenEnd());
    this.next();
  }

  private finish(rec: Partial<ImportRecord>, stmtStart: number): void {
    const lit = this.literal();
    this.next();
    if (this.cur() === K.WithKeyword || this.cur() === K.AssertKeyword) this.skipAttributes();
    let stmtEnd = lit.end;
    if (this.cur() === K.SemicolonToken) {
      stmtEnd = scanner.getTokenEnd();
      this.next();
    }
    this.sink.push(rec, lit, stmtStart, stmtEnd);
  }

  private skipAttributes(): void {
    this.next();
    if (this.cur() !== K.OpenBraceToken) return;
    while (this.cur() !== K.CloseBraceToken && this.cur() !== K.EndOfFileToken) this.next();
    this.next();
  }

  private literal(): { value: string; start: number; end: number } {
    return { value: scanner.getTokenValue(), start: scanner.getTokenStart(), end: scanner.getTokenEnd() };
  }
}

/** The same regex policy as the lexer's (by the token before), in TypeScript's token kinds. */
function regexAllowedAfter(t: ts.SyntaxKind, word: string | undefined): boolean {
  if (word !== undefined) return EXPRESSION_KEYWORDS.has(word);
  if (t === K.CloseParenToken || t === K.CloseBracketToken || t === K.CloseBraceToken || t === K.PrivateIdentifier) return false;
  if (t === K.NumericLiteral || t === K.StringLiteral || t === K.BigIntLiteral || t === K.RegularExpressionLiteral) return false;
  if (t === K.NoSubstitutionTemplateLiteral || t === K.TemplateTail) return false;
  return true;
}
