/** One top-level statement, printed without comments or formatting and with module specifiers blanked. */
export interface FrozenStatement {
  text: string;
  /** 1-based line of the statement in the file. */
  line: number;
  /** The statement's first line as written, for messages. */
  source: string;
  /** An import, `import x = require()`, or `export … from`: an edit of the `imports` kind. */
  isImport: boolean;
}

/** What a freeze compares: the header's entries and the code, with everything else set aside. */
export interface FrozenView {
  header: string[];
  statements: FrozenStatement[];
}
