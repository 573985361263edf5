import ts from 'typescript';

import { EXPRESSION_KEYWORDS, lastReferenceWord, RecordSink, type ImportKind, type ImportedName, type ImportRecord, type LexedImport } from '../../src/workspace/lexer';

const K = ts.SyntaxKind;
const MOCK_CALLS = new Set(['mock', 'doMock', 'unmock', 'dontMock', 'requireActual', 'requireMock', 'createMockFromModule', 'importActual', 'importMock']);
const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard);

/**
 * The import lexer on TypeScript's own scanner: what src/workspace/lexer.ts was before it got its own
 * tokenizer, kept as the oracle of the differential test (same grammar, same regex policy).
 */
export function lexImports(text: string): LexedImport[] {
  return new ImportLexer(text).run();
}

class ImportLexer {
  private readonly sink: RecordSink;
  private tok: ts.SyntaxKind = K.Unknown;
  private prev: ts.SyntaxKind = K.Unknown;
  private prevWord: string | undefined;
  private readonly braces: ('b' | 't')[] = [];

  constructor(private readonly text: string) {
    scanner.setText(text);
    scanner.setOnError(undefined);
    this.sink = new RecordSink(text);
  }

  run(): LexedImport[] {
    const limit = lastReferenceWord(this.text);
    this.next();
    while (this.cur() !== K.EndOfFileToken) {
      const start = scanner.getTokenStart();
      if (start > limit) break;
      if (this.cur() === K.ImportKeyword && this.prev !== K.DotToken) this.importDecl(start);
      else if (this.cur() === K.ExportKeyword && this.prev !== K.DotToken) this.exportDecl(start);
      else if ((this.cur() === K.Identifier || this.cur() === K.RequireKeyword) && this.prev !== K.DotToken) this.call(start);
      else this.next();
    }
    return this.sink.out;
  }

  /** Advances one token, keeping template and regex state right so strings inside them are not misread. */
  private next(): ts.SyntaxKind {
    this.prev = this.cur();
    this.prevWord = this.word();
    let t = scanner.scan();
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
    if (this.cur() === K.DotToken) return; // import.meta
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

  /** `require('x')`, `jest.mock('x')`, `vi.importActual('x')`. */
  private call(start: number): void {
    // getTokenValue() is the scanner's own interned text: no substring per identifier.
    const name = scanner.getTokenValue();
    this.next();
    if (name === 'require' && this.cur() === K.OpenParenToken) return this.callArg('require', start);
    if ((name === 'jest' || name === 'vi') && this.cur() === K.DotToken) {
      this.next();
      const method = this.word();
      if (!method || !MOCK_CALLS.has(method)) return;
      this.next();
      if (this.cur() === K.OpenParenToken) this.callArg('mock', start);
    }
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
