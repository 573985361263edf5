/**
 * Which statements lie under `if TYPE_CHECKING:`: the block of an `if` (or `elif`) on TYPE_CHECKING
 * lasts until the first logical line indented no deeper than the `if`, so its `elif`/`else` branches
 * are outside it. A body written on the `if`'s own line lasts until that line ends.
 */
export class TypeCheckingBlocks {
  private readonly indents: number[] = [];
  private inline = false;

  /** Whether the current statement is type-only. */
  get active(): boolean {
    return this.inline || this.indents.length > 0;
  }

  /** A logical line with this indentation starts: it closes every block it is not inside. */
  lineStarts(indent: () => number): void {
    if (!this.active) return;
    this.inline = false;
    const indents = this.indents;
    const width = indents.length > 0 ? indent() : 0;
    while (indents.length > 0 && indents[indents.length - 1] >= width) indents.pop();
  }

  /** An `if TYPE_CHECKING:` at this indentation ended its line: its block follows. */
  open(indent: number): void {
    this.indents.push(indent);
  }

  /** An `if TYPE_CHECKING:` has its body on the same line. */
  openInline(): void {
    this.inline = true;
  }

  reset(): void {
    this.indents.length = 0;
    this.inline = false;
  }
}
