/** One `Key: value` line of a header, with offsets into the file text. */
export interface HeaderEntry {
  key: string;
  value: string;
  /** Offsets of the whole line (without its line break) and of the value. */
  lineStart: number;
  lineEnd: number;
  valueStart: number;
  valueEnd: number;
  /** What precedes the key on its line (`// `, ` * `), reused for lines added beside it. */
  prefix: string;
  /** 1-based line number. */
  line: number;
}

/** A file's header: the leading comment block of `Key: value` lines (`//` lines or one `/* … *\/`). */
export interface Header {
  style: 'line' | 'block';
  entries: HeaderEntry[];
  /** Offset of the end of the header's last line (before its line break). */
  end: number;
}

export interface HeaderEdit {
  /** Keys to set (matched case-insensitively; the file's spelling of a key is kept). */
  set?: Record<string, string>;
  /** Markers for the `Tags:` line; `-TAG` removes one. */
  tags?: string[];
}

const ENTRY = /^([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$/;
const TAGS_KEY = 'Tags';

interface Line {
  start: number;
  end: number;
  text: string;
  no: number;
}

/** Finds the header among the comments before the first statement; undefined when there is none. */
export function parseHeader(text: string): Header | undefined {
  const lineAt = leadingLines(text);
  let i = 0;
  for (let line = lineAt(i); line; line = lineAt(i)) {
    const t = line.text.trim();
    if (t === '' || isDirective(t) || (i === 0 && t.startsWith('#!'))) {
      i++;
    } else if (t.startsWith('//')) {
      const group: Line[] = [];
      for (let l = lineAt(i); l && l.text.trim().startsWith('//'); l = lineAt(++i)) group.push(l);
      const header = entriesOf(group, /^(\s*\/\/+\s?)(.*)$/, 'line');
      if (header) return header;
    } else if (t.startsWith('/*')) {
      const group: Line[] = [];
      for (let l = lineAt(i); l; l = lineAt(i)) {
        group.push(l);
        i++;
        if (l.text.includes('*/')) break;
      }
      const header = entriesOf(group, /^(\s*(?:\/\*+|\*(?!\/))?\s?)(.*?)(?:\s*\*\/)?$/, 'block');
      if (header) return header;
    } else {
      return undefined;
    }
  }
  return undefined;
}

/** The value of a header key, matched case-insensitively. */
export function headerValue(header: Header | undefined, key: string): string | undefined {
  if (!header) return undefined;
  const lower = key.toLowerCase();
  // The validator asks this of every file: compare lengths before making lower-case copies.
  return header.entries.find((e) => e.key.length === key.length && e.key.toLowerCase() === lower)?.value;
}

/** The header's markers (`Tags: HYBRID, M25_FROZEN`). */
export function headerTags(header: Header | undefined): string[] {
  return splitTags(headerValue(header, TAGS_KEY));
}

/**
 * Applies an edit to the header and returns the new text. Values are replaced in place, missing keys
 * are added after the last entry in the header's own style, and a file without a header gets one
 * above its first statement. Every byte outside the edited lines stays as it was.
 */
export function editHeader(text: string, edit: HeaderEdit): string {
  return applyHeaderEdit(text, parseHeader(text), edit, { at: insertionPoint, prefix: '// ' });
}

/** Where a file without a header gets one, and what starts each of its lines: a language's comment syntax. */
export interface NewHeader {
  at: (text: string) => number;
  prefix: string;
}

/** editHeader for a header some language's parser found; a file without one gets `newHeader`'s lines. */
export function applyHeaderEdit(text: string, header: Header | undefined, edit: HeaderEdit, newHeader: NewHeader): string {
  // One key in two spellings (`Layer`, `layer`) is one key: the last value wins, so the edit settles.
  const byKey = new Map<string, [string, string]>();
  for (const [k, v] of Object.entries(edit.set ?? {})) byKey.set(k.toLowerCase(), [byKey.get(k.toLowerCase())?.[0] ?? k, v]);
  const wanted = [...byKey.values()];
  const tags = edit.tags?.length ? nextTags(headerTags(header), edit.tags) : undefined;
  if (tags !== undefined) wanted.push([TAGS_KEY, tags.join(', ')]);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  if (!header) {
    const lines = wanted.filter(([k, v]) => !(k === TAGS_KEY && v === '')).map(([k, v]) => `${newHeader.prefix}${k}: ${v}`);
    if (lines.length === 0) return text;
    const at = newHeader.at(text);
    const rest = text.slice(at);
    const gap = rest === '' || rest.startsWith('\n') || rest.startsWith('\r\n') ? '' : eol;
    return text.slice(0, at) + lines.join(eol) + eol + gap + rest;
  }
  const edits: { start: number; end: number; text: string }[] = [];
  const added: string[] = [];
  const last = header.entries[header.entries.length - 1];
  for (const [key, value] of wanted) {
    const entry = header.entries.find((e) => e.key.toLowerCase() === key.toLowerCase());
    if (entry && key === TAGS_KEY && value === '') edits.push({ start: lineBreakBefore(text, entry.lineStart), end: entry.lineEnd, text: '' });
    else if (entry) edits.push({ start: entry.valueStart, end: entry.valueEnd, text: value });
    else if (!(key === TAGS_KEY && value === '')) added.push(`${last.prefix}${key}: ${value}`);
  }
  if (added.length) edits.push({ start: last.lineEnd, end: last.lineEnd, text: added.map((l) => eol + l).join('') });
  return edits
    .sort((a, b) => b.start - a.start)
    .reduce((acc, e) => acc.slice(0, e.start) + e.text + acc.slice(e.end), text);
}

function nextTags(current: string[], changes: string[]): string[] {
  const tags = [...current];
  for (const c of changes) {
    if (c.startsWith('-')) {
      const i = tags.indexOf(c.slice(1));
      if (i >= 0) tags.splice(i, 1);
    } else if (!tags.includes(c)) tags.push(c);
  }
  return tags;
}

function splitTags(value: string | undefined): string[] {
  return (value ?? '').split(/[,\s]+/).filter(Boolean);
}

function entriesOf(group: Line[], shape: RegExp, style: Header['style']): Header | undefined {
  const entries: HeaderEntry[] = [];
  for (const line of group) {
    const m = shape.exec(line.text);
    const body = m?.[2] ?? '';
    const e = ENTRY.exec(body);
    if (!m || !e) continue;
    const bodyStart = line.start + m[1].length;
    const valueStart = bodyStart + body.indexOf(e[2], e[1].length + 1);
    entries.push({
      key: e[1], value: e[2], lineStart: line.start, lineEnd: line.end,
      valueStart, valueEnd: valueStart + e[2].length,
      prefix: style === 'block' && m[1].includes('/*') ? m[1].replace(/\/\*+/, ' *') : m[1],
      line: line.no,
    });
  }
  return entries.length ? { style, entries, end: entries[entries.length - 1].lineEnd } : undefined;
}

/**
 * The lines of the file's head (enough to hold any header), with offsets; a BOM is skipped. Lines are
 * cut as they are asked for: a header ends within a few lines, and the validator parses every file's.
 */
function leadingLines(text: string): (i: number) => Line | undefined {
  const lines: Line[] = [];
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return (i) => {
    while (lines.length <= i && start <= text.length && lines.length < 400) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      const lineEnd = end > start && text[end - 1] === '\r' ? end - 1 : end;
      lines.push({ start, end: lineEnd, text: text.slice(start, lineEnd), no: lines.length + 1 });
      start = end + 1;
    }
    return lines[i];
  };
}

function isDirective(t: string): boolean {
  return /^(['"])use strict\1;?$/.test(t);
}

/** After a BOM, a shebang and a leading "use strict" directive. */
function insertionPoint(text: string): number {
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lineAt = leadingLines(text);
  for (let i = 0, line = lineAt(0); line; line = lineAt(++i)) {
    const t = line.text.trim();
    if ((line.no === 1 && t.startsWith('#!')) || isDirective(t)) at = Math.min(text.length, line.end + (text[line.end] === '\r' ? 2 : 1));
    else break;
  }
  return at;
}

/** The line break before an entry, removed with it; none when the entry does not start its line (a docstring's first line). */
function lineBreakBefore(text: string, lineStart: number): number {
  if (lineStart > 0 && text[lineStart - 1] !== '\n') return lineStart;
  if (lineStart >= 2 && text.slice(lineStart - 2, lineStart) === '\r\n') return lineStart - 2;
  return lineStart > 0 ? lineStart - 1 : 0;
}
