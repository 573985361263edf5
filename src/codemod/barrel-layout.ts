import { StateError } from '../errors';
import { parseHeader, type Header } from '../header/header';
import { lexImports } from '../workspace/lexer';

export const KEEP_START = '// remediate:keep-start';
export const KEEP_END = '// remediate:keep-end';

/** The parts of an existing barrel that regeneration keeps, and the habits it writes in. */
export interface BarrelLayout {
  /** The header block, verbatim (up to the end of its last line). */
  header?: string;
  /** The hand-kept region, markers included, verbatim; `above` when it precedes the generated exports. */
  keep?: { text: string; above: boolean };
  eol: string;
  /** Whether the file ends with a line break (a new or empty barrel does). */
  finalEol: boolean;
  quote: string;
  semicolon: boolean;
}

/**
 * Reads a barrel's header, keep region and writing habits; `sibling` (a module of the folder) lends
 * its quotes and semicolons when the barrel has no export to learn them from.
 */
export function readLayout(file: string, current: string | undefined, sibling: string | undefined): BarrelLayout {
  const text = current ?? '';
  const header = parseHeader(text);
  const keep = keepRegion(file, text);
  const outside = keep ? text.slice(0, keep.start) + text.slice(keep.end) : text;
  const style = habits(outside) ?? habits(sibling ?? '') ?? { quote: "'", semicolon: true };
  const firstExport = lexImports(outside).find((r) => r.kind === 'export');
  return {
    header: header ? text.slice(0, headerEnd(text, header)) : undefined,
    keep: keep ? { text: text.slice(keep.start, keep.end), above: firstExport === undefined || firstExport.stmtStart >= keep.start } : undefined,
    eol: text.includes('\r\n') ? '\r\n' : '\n',
    finalEol: text === '' || text.endsWith('\n'),
    ...style,
  };
}

/**
 * Where the header's comment ends: a block header at the line closing it (`header.end` is its last
 * `Key: value` line), a line header at its last `//` line, so notes below the keys stay too.
 */
function headerEnd(text: string, header: Header): number {
  if (header.style === 'block') {
    const close = text.indexOf('*/', header.entries[header.entries.length - 1].lineStart);
    return close < 0 ? header.end : lineEnd(text, close);
  }
  let end = header.end;
  for (let next = text.indexOf('\n', end) + 1; next > 0 && next < text.length; next = text.indexOf('\n', end) + 1) {
    const line = text.slice(next, lineEnd(text, next)).trim();
    if (!line.startsWith('//') || line.startsWith(KEEP_START)) break;
    end = lineEnd(text, next);
  }
  return end;
}

/** The offset ending the line that holds `at` (before its line break). */
function lineEnd(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  const end = nl < 0 ? text.length : nl;
  return text[end - 1] === '\r' ? end - 1 : end;
}

/** The hand-kept region (its marker lines whole), given the language's markers; unbalanced markers are refused. */
export function keepRegion(file: string, text: string, markers = { start: KEEP_START, end: KEEP_END }): { start: number; end: number } | undefined {
  const start = markerLine(text, markers.start, 0);
  if (start === undefined) {
    if (markerLine(text, markers.end, 0) !== undefined) throw new StateError(`${file}: ${markers.end} without ${markers.start}`);
    return undefined;
  }
  const end = markerLine(text, markers.end, start.end);
  if (end === undefined) throw new StateError(`${file}: ${markers.start} without ${markers.end}`);
  return { start: start.start, end: end.end };
}

/** The line holding a marker (from its first character to before its line break), searching from `from`. */
function markerLine(text: string, marker: string, from: number): { start: number; end: number } | undefined {
  const at = text.indexOf(marker, from);
  if (at < 0) return undefined;
  return { start: text.lastIndexOf('\n', at) + 1, end: lineEnd(text, at) };
}

/** Quote and semicolon habit of the first import or export in a text. */
function habits(text: string): { quote: string; semicolon: boolean } | undefined {
  const rec = lexImports(text).find((r) => r.kind === 'import' || r.kind === 'export');
  if (!rec) return undefined;
  return { quote: text[rec.start], semicolon: text[rec.stmtEnd - 1] === ';' };
}
