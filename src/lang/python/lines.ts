/**
 * 1-based line and column of offsets asked in increasing order: counts line breaks (LF, CRLF, CR)
 * only between the last offset asked and the next, so a file costs one pass however many records it has.
 */
export class LineCounter {
  line = 1;
  private lineBegin: number;
  private pos: number;

  constructor(
    private readonly text: string,
    textStart: number,
  ) {
    this.lineBegin = this.pos = textStart;
  }

  /** Moves to `offset` (not before the last one) and returns its line. */
  lineOf(offset: number): number {
    const t = this.text;
    for (let p = this.pos; p < offset; p++) {
      const c = t.charCodeAt(p);
      if (c === 10 || c === 13) {
        if (c === 13 && t.charCodeAt(p + 1) === 10) p++;
        this.line++;
        this.lineBegin = p + 1;
      }
    }
    this.pos = Math.max(this.pos, offset);
    return this.line;
  }

  /** The column (UTF-16 code units, 1-based) of the offset last given to `lineOf`. */
  columnOf(offset: number): number {
    return offset - this.lineBegin + 1;
  }
}
