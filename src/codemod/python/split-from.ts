import type { TextEdit } from '../text-edits';
import { lastSegment, parentModule } from './module-names';
import { writeModule, type ImporterContext, type PyRef } from './reference-edits';

const ALIAS = /^\s+as\s+([\p{XID_Start}_]\p{XID_Continue}*)/u;

/**
 * `from a.b import events, other` where only the submodule `events` moves to another package: the name
 * leaves the statement, and `from a.c import loop_events as events` follows it (one statement per new
 * package, at the statement's indentation), so every local name stays bound.
 */
export function splitOffNames(ctx: ImporterContext, ref: PyRef, subs: PyRef[], targets: string[]): TextEdit[] {
  const removals: TextEdit[] = [];
  const byParent = new Map<string, string[]>();
  subs.forEach((sub, k) => {
    const written = ctx.text.slice(sub.start, sub.end);
    const alias = ALIAS.exec(ctx.text.slice(sub.end, sub.end + 200));
    const local = alias ? alias[1] : written;
    const name = lastSegment(targets[k]);
    const parent = parentModule(targets[k]);
    byParent.set(parent, [...(byParent.get(parent) ?? []), name === local ? name : `${name} as ${local}`]);
    removals.push({ start: sub.start, end: sub.end + (alias ? alias[0].length : 0), text: '' });
  });
  const nl = ctx.text.includes('\r\n') ? '\r\n' : '\n';
  const lineStart = ctx.text.lastIndexOf('\n', ref.stmtStart - 1) + 1;
  const indent = /^[ \t]*/.exec(ctx.text.slice(lineStart, ref.stmtStart))![0];
  const added = [...byParent].map(([parent, names]) => `${nl}${indent}from ${writeModule(ctx, ref, parent)} import ${names.join(', ')}`);
  return [...adjacentJoined(ctx.text, removals).map((r) => removal(ctx.text, r.start, r.end)), { start: ref.stmtEnd, end: ref.stmtEnd, text: added.join('') }];
}

/** Names next to each other (only a comma between them) joined into one span, so one comma goes with the span. */
function adjacentJoined(text: string, spans: TextEdit[]): TextEdit[] {
  const out: TextEdit[] = [];
  for (const r of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && /^\s*,\s*$/.test(text.slice(last.end, r.start))) last.end = r.end;
    else out.push({ ...r });
  }
  return out;
}

/** The edit removing one imported name with its comma: the following one, else the preceding one; a line it empties goes too. */
function removal(text: string, start: number, end: number): TextEdit {
  const after = /^[ \t]*,[ \t]*/.exec(text.slice(end));
  if (after) {
    end += after[0].length;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const rest = /^[ \t]*(\r?\n)/.exec(text.slice(end));
    if (rest && /^[ \t]*$/.test(text.slice(lineStart, start))) return { start: lineStart, end: end + rest[0].length, text: '' };
    return { start, end, text: '' };
  }
  const before = /,\s*$/.exec(text.slice(Math.max(0, start - 200), start));
  return { start: before ? start - before[0].length : start, end, text: '' };
}
