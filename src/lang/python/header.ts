import { applyHeaderEdit, type Header, type HeaderEdit, type HeaderEntry } from '../../header/header';

const ENTRY = /^([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$/;
// Sticky forms are tried at a line's start in the whole text: none of them can match across a line break.
const ENCODING_LINE = /[ \t\f]*#.*?coding[:=][ \t]*[-\w.]+/y;
// A docstring: r/u prefixes only (a b- or f-string is not one), any quote style.
const DOCSTRING_OPEN = /^[rRuU]{0,2}("""|'''|"|')/;
const COMMENT_PREFIX = /[ \t]*#+[ \t]?/y;
/** What String.prototype.trim strips, for the rare character above ASCII. */
const TRIMMED = /\s/;

interface Line {
  start: number;
  end: number;
  no: number;
}

/** The header of a Python file: `# Key: value` lines at the top (after a shebang and a PEP 263 line), or `Key: value` lines in the module docstring. */
export function parsePythonHeader(text: string): Header | undefined {
  const lineAt = headLines(text);
  let i = preambleLength(text, lineAt);
  // Lines are tested in place (first visible character), not sliced and trimmed: this runs on every file.
  for (let line = lineAt(i); line; line = lineAt(i)) {
    const first = firstVisible(text, line);
    if (first === line.end) {
      i++;
    } else if (text.charCodeAt(first) === HASH) {
      const group: Line[] = [];
      for (let l = lineAt(i); l && isComment(text, l); l = lineAt(++i)) group.push(l);
      const header = commentHeader(text, group);
      if (header) return header;
    } else {
      return docstringHeader(text, line);
    }
  }
  return undefined;
}

/** Applies a HeaderEdit in place (either form); a file without a header gets a `# Key: value` block after its shebang and encoding lines. */
export function editPythonHeader(text: string, edit: HeaderEdit): string {
  return applyHeaderEdit(text, parsePythonHeader(text), edit, { at: pythonInsertionPoint, prefix: '# ' });
}

function commentHeader(text: string, group: Line[]): Header | undefined {
  const entries: HeaderEntry[] = [];
  for (const line of group) {
    // `# coding: latin-1` reads as an entry; on line 1 or 2 it is the file's encoding, not its header.
    if (line.no <= 2 && isEncodingLine(text, line)) continue;
    COMMENT_PREFIX.lastIndex = line.start;
    const prefix = COMMENT_PREFIX.exec(text)![0];
    const entry = entryAt(text, line.start, line.start + prefix.length, line.end, line, prefix);
    if (entry) entries.push(entry);
  }
  return entries.length ? { style: 'line', entries, end: entries[entries.length - 1].lineEnd } : undefined;
}

/** Entries among the lines of a module docstring that starts on `first`. */
function docstringHeader(text: string, first: Line): Header | undefined {
  const head = text.slice(first.start, first.end).replace(/^[ \t]+/, '');
  const open = DOCSTRING_OPEN.exec(head);
  if (!open) return undefined;
  const quote = open[1];
  const bodyStart = first.end - head.length + open[0].length;
  const bodyEnd = closingQuote(text, bodyStart, quote);
  if (bodyEnd < 0) return undefined;
  const entries: HeaderEntry[] = [];
  let no = first.no;
  for (let start = bodyStart; start <= bodyEnd; no++) {
    let end = text.indexOf('\n', start);
    if (end < 0 || end > bodyEnd) end = bodyEnd;
    const lineEnd = end > start && text[end - 1] === '\r' ? end - 1 : end;
    const indent = /^[ \t]*/.exec(text.slice(start, lineEnd))![0];
    // An entry on the opening line starts after the quotes; later lines start at their line start.
    const lineStart = start === bodyStart ? bodyStart : start;
    const entry = entryAt(text, lineStart, start + indent.length, lineEnd, { start: lineStart, end: lineEnd, no }, start === bodyStart ? '' : indent);
    if (entry) entries.push(entry);
    start = end + 1;
  }
  return entries.length ? { style: 'block', entries, end: entries[entries.length - 1].lineEnd } : undefined;
}

/** The entry in text[bodyStart, end) when it reads `Key: value`. */
function entryAt(text: string, lineStart: number, bodyStart: number, end: number, line: Line, prefix: string): HeaderEntry | undefined {
  // A key starts with a letter: most comment lines are told apart without a slice.
  const c = text.charCodeAt(bodyStart) | 0x20;
  if (bodyStart >= end || c < 0x61 || c > 0x7a) return undefined;
  const body = text.slice(bodyStart, end);
  const e = ENTRY.exec(body);
  if (!e) return undefined;
  const valueStart = bodyStart + body.indexOf(e[2], e[1].length + 1);
  return { key: e[1], value: e[2], lineStart, lineEnd: end, valueStart, valueEnd: valueStart + e[2].length, line: line.no, prefix };
}

/** The offset of the quote that closes a string whose body starts at `from`, or -1; a backslash escapes the next character, even in raw strings. */
function closingQuote(text: string, from: number, quote: string): number {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (quote.length === 1 && c === '\n') return -1;
    else if (c === quote[0] && text.startsWith(quote, i)) return i;
  }
  return -1;
}

/** How many leading lines stay first: a shebang on line 1, a PEP 263 line on line 1 or 2 (after a shebang or a blank line). */
function preambleLength(text: string, lineAt: (i: number) => Line | undefined): number {
  const first = lineAt(0);
  if (!first) return 0;
  const isEncoding = (line: Line | undefined) => line !== undefined && isEncodingLine(text, line);
  const shebang = first.end - first.start >= 2 && text.charCodeAt(first.start) === HASH && text.charCodeAt(first.start + 1) === 0x21; /* ! */
  if (isEncoding(lineAt(1)) && (shebang || firstVisible(text, first) === first.end || isEncoding(first))) return 2;
  return shebang || isEncoding(first) ? 1 : 0;
}

/** After a BOM, a shebang and an encoding line. */
function pythonInsertionPoint(text: string): number {
  const lineAt = headLines(text);
  const n = preambleLength(text, lineAt);
  const last = lineAt(n - 1);
  if (!last) return text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return Math.min(text.length, last.end + (text[last.end] === '\r' ? 2 : 1));
}

/** The lines of the file's head as they are asked for (a header ends within a few); a BOM is skipped. */
function headLines(text: string): (i: number) => Line | undefined {
  const lines: Line[] = [];
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return (i) => {
    while (lines.length <= i && start <= text.length && lines.length < 400) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      lines.push({ start, end: end > start && text[end - 1] === '\r' ? end - 1 : end, no: lines.length + 1 });
      start = end + 1;
    }
    return lines[i];
  };
}

const HASH = 0x23;

/** Whether a line is a PEP 263 encoding line (as the pattern reads its text). */
function isEncodingLine(text: string, line: Line): boolean {
  ENCODING_LINE.lastIndex = line.start;
  return ENCODING_LINE.test(text);
}

/** Whether the line, trimmed, starts with '#'. */
function isComment(text: string, line: Line): boolean {
  const first = firstVisible(text, line);
  return first < line.end && text.charCodeAt(first) === HASH;
}

/** The offset of the line's first character that trim() keeps, or the line's end when it is blank. */
function firstVisible(text: string, line: Line): number {
  let i = line.start;
  for (; i < line.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) continue;
    if (c < 0x80 || !TRIMMED.test(text[i])) break;
  }
  return i;
}
