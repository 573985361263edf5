import type { RelPath } from '../workspace/paths';

/** One place where a looked-for name still appears. */
export interface Mention {
  file: RelPath;
  /** 1-based. */
  line: number;
  /** The name found (the longest, when several overlap on the line). */
  name: string;
}

/** Larger files (bundles, data dumps) are not documentation anyone edits by hand. */
const MAX_CHARS = 2_000_000;
/** Characters that continue a path or a dotted name: a mention must not be part of a longer one. */
const NAME_CHAR = /[\w$@.\-/]/;
const AFTER_CHAR = /[\w$\-]/;

/**
 * Where any of `names` (paths like `src/a/x.ts`, specifiers, dotted module names: the caller says
 * what to look for) still appears in the text files of a tree, one mention per file and line, in
 * file order. A name counts only as a whole: not inside a longer path or word (`src/a/x` is not
 * found in `lib/src/a/xy`), though it may follow `./` or `<rootDir>/`. Binary files are skipped.
 */
export function findMentions(files: Iterable<RelPath>, read: (file: RelPath) => string, names: string[], skip: (file: RelPath) => boolean = () => false): Mention[] {
  const wanted = [...new Set(names)].filter((n) => n.length > 0).sort((a, b) => b.length - a.length);
  const out: Mention[] = [];
  if (wanted.length === 0) return out;
  for (const file of files) {
    if (skip(file)) continue;
    const text = read(file);
    if (text.length > MAX_CHARS || text.slice(0, 8000).includes('\0')) continue;
    const found = new Map<number, string>();
    for (const name of wanted) for (const at of wholeMatches(text, name)) if (!found.has(lineStart(text, at))) found.set(lineStart(text, at), name);
    for (const [start, name] of [...found].sort((a, b) => a[0] - b[0])) out.push({ file, line: lineNumber(text, start), name });
  }
  return out;
}

function* wholeMatches(text: string, name: string): Iterable<number> {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const after = text[at + name.length];
    if (after !== undefined && AFTER_CHAR.test(after)) continue;
    if (at === 0 || !NAME_CHAR.test(text[at - 1]) || followsPathLead(text, at)) yield at;
  }
}

/** `./name` or `<rootDir>/name`, with nothing path-like before the `./`. */
function followsPathLead(text: string, at: number): boolean {
  if (text.startsWith('<rootDir>/', at - 10)) return true;
  return text.startsWith('./', at - 2) && (at === 2 || !NAME_CHAR.test(text[at - 3]));
}

function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

function lineNumber(text: string, start: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < start; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
