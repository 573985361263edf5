import { CallKind, callKind, compactName, isCallWord, lastReferenceWord } from './calls';
import type { NonLiteralDynamic, PyImport, PyImportKind, PyImportName, PyLexResult } from './imports';
import { LineCounter } from './lines';
import { PyScanner, PyTok, StrFlag } from './scanner';
import { TypeCheckingBlocks } from './type-checking';

const scanner = new PyScanner();
const indentOfLine = (): number => scanner.indent;
const typeChecking = new TypeCheckingBlocks();
const [LPAREN, RPAREN, COMMA, DOT, STAR, COLON] = [40, 41, 44, 46, 42, 58];

/** One pass over a file's tokens (scanner.ts) that records import statements and module-naming calls. */
export class PyImportLexer {
  private readonly imports: PyImport[] = [];
  private readonly nonLiteral: NonLiteralDynamic[] = [];
  private readonly lines: LineCounter;
  /** Files that never name TYPE_CHECKING skip the look at every `if` (found out at the first `if`). */
  private hasTypeChecking: boolean | undefined;
  /** Start of the dotted name the current name belongs to, or -1 after anything else. */
  private chainStart = -1;
  private prevDot = false;
  /** The previous token was `def` or `class`: the name after it is defined, not called. */
  private afterDef = false;
  /** End of the last token a statement consumed. */
  private lastEnd = 0;
  /** Calls whose record waits for its `)`: the bracket depth inside that call, and the record. */
  private readonly pendingDepths: number[] = [];
  private readonly pendingCalls: PyImport[] = [];

  constructor(private readonly text: string) {
    scanner.setText(text);
    typeChecking.reset();
    this.lines = new LineCounter(text, scanner.textStart);
  }

  run(): PyLexResult {
    const limit = lastReferenceWord(this.text);
    scanner.next();
    // Past the last reference word only a callee begun before it (`patch` of `patch.dict`) or a call
    // waiting for its `)` can still matter.
    while (scanner.kind !== PyTok.EOF && (scanner.start <= limit || this.chainStart >= 0 || this.pendingCalls.length > 0)) {
      if (scanner.lineStart) typeChecking.lineStarts(indentOfLine);
      if (scanner.kind === PyTok.Name) this.name();
      else this.other();
    }
    for (const call of this.pendingCalls) call.stmtEnd = this.text.length;
    return { imports: this.imports, nonLiteral: this.nonLiteral };
  }

  private name(): void {
    const t = this.text;
    const start = scanner.start;
    const length = scanner.end - start;
    if (!this.prevDot) {
      if (length === 6 && t.startsWith('import', start)) return this.importStatement();
      if (length === 4 && t.startsWith('from', start) && this.fromStatement()) return;
      if (scanner.lineStart && isIf(t, start, length) && (this.hasTypeChecking ??= t.includes('TYPE_CHECKING'))) return this.typeCheckingIf();
      this.chainStart = start;
    } else if (this.chainStart < 0) {
      this.prevDot = false;
      return scanner.next();
    }
    this.prevDot = false;
    const callWord = !this.afterDef && isCallWord(t, start, scanner.end);
    this.afterDef = (length === 3 && t.startsWith('def', start)) || (length === 5 && t.startsWith('class', start));
    const nameEnd = scanner.end;
    scanner.next();
    if (callWord && scanner.isOp(LPAREN)) this.call(nameEnd);
  }

  private other(): void {
    this.afterDef = false;
    if (scanner.isOp(DOT)) this.prevDot = true;
    else {
      this.prevDot = false;
      this.chainStart = -1;
      if (scanner.isOp(RPAREN)) this.closeCalls();
    }
    scanner.next();
  }

  /** A `)` closed the calls opened deeper than the depth it leaves. */
  private closeCalls(): void {
    const depths = this.pendingDepths;
    while (depths.length > 0 && depths[depths.length - 1] > scanner.depth) {
      depths.pop();
      this.pendingCalls.pop()!.stmtEnd = scanner.end;
    }
  }

  /** Advances, remembering where the consumed token ended. */
  private advance(): void {
    this.lastEnd = scanner.end;
    scanner.next();
  }

  /** Whether the current token is a name on the statement's own logical line. */
  private atName(): boolean {
    return scanner.kind === PyTok.Name && !scanner.lineStart;
  }

  /** At `if`/`elif` opening a line: takes `TYPE_CHECKING:` (or `x.TYPE_CHECKING:`) or rewinds. */
  private typeCheckingIf(): void {
    const indent = scanner.indent;
    scanner.next();
    const saved = scanner.save();
    if (this.skipTypeCheckingTest() && scanner.isOp(COLON)) {
      scanner.next();
      if (scanner.lineStart || scanner.kind === PyTok.EOF) typeChecking.open(indent);
      else typeChecking.openInline();
      return;
    }
    scanner.restore(saved);
    this.chainStart = -1;
  }

  /** Consumes `TYPE_CHECKING` or `x.TYPE_CHECKING`; false when the test is anything else. */
  private skipTypeCheckingTest(): boolean {
    if (!this.atName()) return false;
    if (!scanner.isWord('TYPE_CHECKING')) {
      scanner.next();
      if (!scanner.isOp(DOT)) return false;
      scanner.next();
      if (!scanner.isWord('TYPE_CHECKING')) return false;
    }
    scanner.next();
    return true;
  }

  /** `import a.b.c [as d], e`: one record per module. */
  private importStatement(): void {
    const stmtStart = scanner.start;
    const first = this.imports.length;
    const typeOnly = typeChecking.active;
    this.advance();
    while (this.atName()) {
      const start = scanner.start;
      this.dottedName();
      const record = this.record('import', this.written(start, this.lastEnd), start, this.lastEnd, stmtStart, typeOnly);
      if (scanner.isWord('as') && !scanner.lineStart) {
        this.advance();
        if (this.atName()) {
          record.namespace = this.text.slice(scanner.start, scanner.end);
          this.advance();
        }
      }
      if (!scanner.isOp(COMMA) || scanner.lineStart) break;
      this.advance();
    }
    this.endStatement(first);
  }

  /** `from M import …` (true), or a `from` of `yield from`/`raise … from` (false, nothing consumed). */
  private fromStatement(): boolean {
    const saved = scanner.save();
    const stmtStart = scanner.start;
    const typeOnly = typeChecking.active;
    this.advance();
    const start = scanner.start;
    while (scanner.isOp(DOT) && !scanner.lineStart) this.advance();
    if (this.atName() && !scanner.isWord('import')) this.dottedName();
    if (start === scanner.start || !scanner.isWord('import') || scanner.lineStart) {
      scanner.restore(saved);
      return false;
    }
    const first = this.imports.length;
    const module = this.written(start, this.lastEnd);
    const record = this.record('from', module, start, this.lastEnd, stmtStart, typeOnly);
    this.advance();
    if (scanner.isOp(STAR) && !scanner.lineStart) {
      record.star = true;
      this.advance();
    } else record.names = this.importedNames(module, stmtStart, typeOnly);
    this.endStatement(first);
    return true;
  }

  /** The names after `from M import`, bare or in parentheses; each also becomes a 'submodule' record. */
  private importedNames(module: string, stmtStart: number, typeOnly: boolean): PyImportName[] {
    const names: PyImportName[] = [];
    const paren = scanner.isOp(LPAREN) && !scanner.lineStart;
    if (paren) this.advance();
    const prefix = module.charCodeAt(module.length - 1) === DOT ? module : module + '.';
    while (this.atName()) {
      const name = this.text.slice(scanner.start, scanner.end);
      this.record('submodule', prefix + name, scanner.start, scanner.end, stmtStart, typeOnly);
      this.advance();
      let alias: string | undefined;
      if (scanner.isWord('as') && !scanner.lineStart) {
        this.advance();
        if (this.atName()) {
          alias = this.text.slice(scanner.start, scanner.end);
          this.advance();
        }
      }
      names.push({ name, alias, typeOnly });
      if (!scanner.isOp(COMMA) || scanner.lineStart) break;
      this.advance();
    }
    if (paren && scanner.isOp(RPAREN)) this.advance();
    return names;
  }

  /** Consumes `a.b.c` from its first name. */
  private dottedName(): void {
    this.advance();
    while (scanner.isOp(DOT) && !scanner.lineStart) {
      this.advance();
      if (!this.atName()) break;
      this.advance();
    }
  }

  /** The statement's records (from `first` on) end where its last consumed token ends. */
  private endStatement(first: number): void {
    for (let i = first; i < this.imports.length; i++) this.imports[i].stmtEnd = this.lastEnd;
    this.prevDot = false;
    this.chainStart = -1;
  }

  /** A dotted name as written, without blanks or continuations in it. */
  private written(start: number, end: number): string {
    const name = this.text.slice(start, end);
    return /[\s\\]/.test(name) ? compactName(name) : name;
  }

  /** At the `(` after a callee name ending at `nameEnd`: records the call when it names a module. */
  private call(nameEnd: number): void {
    const chainStart = this.chainStart;
    this.chainStart = -1;
    const kind = chainStart < 0 ? 0 : callKind(this.text.slice(chainStart, nameEnd));
    if (kind === 0) return;
    const depth = scanner.depth;
    scanner.next();
    const argStart = scanner.start;
    const value = this.literalArgument();
    if (value === undefined) {
      if (kind === CallKind.Import) this.noteNonLiteral(chainStart, nameEnd);
      return;
    }
    if (kind === CallKind.DottedMock && !value.includes('.')) return;
    const recordKind: PyImportKind = kind === CallKind.Mock || kind === CallKind.DottedMock ? 'mock' : 'dynamic';
    const record = this.record(recordKind, value, argStart, this.lastEnd, chainStart, typeChecking.active);
    if (scanner.isOp(RPAREN)) {
      record.stmtEnd = scanner.end;
      scanner.next();
    } else {
      this.pendingDepths.push(depth);
      this.pendingCalls.push(record);
    }
  }

  /**
   * The value of a first argument that is one plain string literal (no f-string, bytes, escape or
   * concatenation) followed by `,` or `)`; undefined otherwise. Consumes the string only.
   */
  private literalArgument(): string | undefined {
    if (scanner.kind !== PyTok.String) return undefined;
    const t = this.text;
    const [q, end, flags] = [scanner.quoteStart, scanner.end, scanner.strFlags];
    const quote = t.charCodeAt(q);
    const width = t.charCodeAt(q + 1) === quote && t.charCodeAt(q + 2) === quote ? 3 : 1;
    const terminated = end - q >= 2 * width && t.charCodeAt(end - 1) === quote;
    this.advance();
    if (!scanner.isOp(COMMA) && !scanner.isOp(RPAREN)) return undefined;
    if ((flags & (StrFlag.F | StrFlag.Bytes)) !== 0 || !terminated) return undefined;
    const value = t.slice(q + width, end - width);
    return (flags & StrFlag.Raw) === 0 && value.includes('\\') ? undefined : value;
  }

  private noteNonLiteral(chainStart: number, nameEnd: number): void {
    const line = this.lines.lineOf(chainStart);
    this.nonLiteral.push({ line, column: this.lines.columnOf(chainStart), call: compactName(this.text.slice(chainStart, nameEnd)) });
  }

  /** Creates and lists a record in its one fixed shape; `stmtEnd` is set when the statement ends. */
  private record(kind: PyImportKind, specifier: string, start: number, end: number, stmtStart: number, typeOnly: boolean): PyImport {
    const line = this.lines.lineOf(start);
    const column = this.lines.columnOf(start);
    const record: PyImport = {
      kind,
      specifier,
      start,
      end,
      stmtStart,
      stmtEnd: end,
      line,
      column,
      typeOnly,
      namespace: undefined,
      names: undefined,
      star: undefined,
      file: '',
      resolved: undefined,
    };
    this.imports.push(record);
    return record;
  }
}

/** Whether the name at `start` is `if` or `elif`. */
function isIf(t: string, start: number, length: number): boolean {
  return (length === 2 && t.startsWith('if', start)) || (length === 4 && t.startsWith('elif', start));
}
