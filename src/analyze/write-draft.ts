import * as path from 'node:path';
import { Document, isMap, isPair, isScalar, isSeq, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Plan } from '../plan/types';
import { isWithin, toPosix, type RelPath } from '../workspace/paths';
import { PHASES, type DraftDebt, type DraftStep, type Proposal } from './types';

/** What the writer needs: the input plan (its text kept), where the draft goes, and what it holds. */
export interface DraftContent {
  plan: Plan;
  text: string;
  /** Absolute path the draft is written to (its `root` is rewritten relative to it). */
  out: string;
  proposals: Proposal[];
  debt: DraftDebt[];
}

type Edit = { start: number; end: number; text: string };

/**
 * The draft in the input's format. The input is parsed with the YAML Document API only to find where
 * `root`, `debt` and `phases` were written; every other byte (keys, comments, order, quoting) is kept as
 * it was. The input's phases are replaced by the draft's, and its debt extended.
 */
export function writeDraft(d: DraftContent): string {
  const doc = parseDocument(d.text);
  const scoped = (text: string) => (d.plan.scope === '' ? text : text.split(`${d.plan.scope}/`).join(''));
  const show = (p: RelPath) => (d.plan.scope === '' ? p : isWithin(p, d.plan.scope) ? p.slice(d.plan.scope.length + 1) : `//${p}`);
  const edits: Edit[] = [];
  const root = pairOf(doc, 'root');
  const rootValue = toPosix(path.relative(path.dirname(d.out), d.plan.root)) || '.';
  if (root && path.dirname(d.out) !== path.dirname(d.plan.file)) edits.push({ ...rangeOf(root.value as Node), text: JSON.stringify(rootValue) });
  const phases = PHASES.flatMap((ph) => {
    const steps = d.proposals.filter((p) => p.phase === ph.key).map((p) => {
      const step = plainStep(p.step, show);
      if (typeof step.deferred === 'string') step.deferred = scoped(step.deferred);
      return { ...step, reason: scoped(p.reason) };
    });
    return steps.length ? [{ id: ph.id, title: ph.title, steps }] : [];
  });
  const debt = d.debt.map((e) => ({ rule: e.rule, file: show(e.file), reason: scoped(e.reason) }));
  const old = pairOf(doc, 'phases');
  const end = old ? rangeOf(old.key as Node).start : d.text.length;
  if (debt.length) edits.push(debtEdit(doc, d.text, debt, end, old ? '\n\n' : '\n'));
  const block = phases.length ? `# Drafted by \`remediate analyze\`: each step says what was found.\n${render({ phases })}` : '';
  if (old) edits.push({ start: rangeOf(old.key as Node).start, end: rangeOf(old.value as Node).end, text: block.replace(/\n$/, '') });
  else if (block) edits.push({ start: d.text.length, end: d.text.length, text: (d.text.endsWith('\n') ? '\n' : '\n\n') + block });
  const out = splice(d.text, edits);
  // The old phases may have run to the end of the file, final line break included.
  return d.text.endsWith('\n') && !out.endsWith('\n') ? out + '\n' : out;
}

/** New debt entries after the input's last one (one flow map a line), or a new `debt:` block. */
function debtEdit(doc: Document, text: string, entries: object[], before: number, gap: string): Edit {
  const pair = pairOf(doc, 'debt');
  const lines = entries.map((e) => render([e], true).trimEnd());
  if (pair && isSeq(pair.value) && pair.value.items.length) {
    const last = rangeOf(pair.value.items[pair.value.items.length - 1] as Node).end;
    const indent = ' '.repeat(columnOf(text, rangeOf(pair.value.items[0] as Node).start) - 2);
    return { start: last, end: last, text: lines.map((l) => `\n${indent}${l}`).join('') };
  }
  const at = pair ? rangeOf(pair.key as Node).start : before;
  const end = pair ? rangeOf(pair.value as Node).end : before;
  return { start: at, end, text: `debt:\n${lines.map((l) => `  ${l}`).join('\n')}${pair ? '' : gap}` };
}

function render(value: unknown, flowItems = false): string {
  const doc = new Document(value);
  const flowKeys = new Set(['set', 'extract', 'rewrite-imports', 'verify', 'tags']);
  const visit = (node: unknown, key?: string): void => {
    if ((isMap(node) || isSeq(node)) && (flowKeys.has(key ?? '') || flowItems)) (node as YAMLMap).flow = true;
    if (isMap(node)) for (const p of node.items) visit(p.value, isScalar(p.key) ? String(p.key.value) : undefined);
    if (isSeq(node)) for (const item of node.items) visit(item, flowItems ? 'item' : undefined);
  };
  if (flowItems && isSeq(doc.contents)) doc.contents.items.forEach((i) => visit(i, 'item'));
  else visit(doc.contents);
  return doc.toString({ lineWidth: 0 });
}

function pairOf(doc: Document, key: string): Pair | undefined {
  return isMap(doc.contents) ? (doc.contents.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key) as Pair | undefined) : undefined;
}

/** A node's text range, without the comment or line break that may trail it. */
function rangeOf(node: Node): { start: number; end: number } {
  return { start: node.range![0], end: node.range![1] };
}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** Applies edits from the end; of two insertions at one offset, the one listed first ends up first. */
function splice(text: string, edits: Edit[]): string {
  let out = text;
  const order = edits.map((e, i) => ({ e, i })).sort((a, b) => b.e.start - a.e.start || b.i - a.i);
  for (const { e } of order) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

function plainStep(s: DraftStep, show: (p: RelPath) => string): Record<string, unknown> {
  switch (s.kind) {
    case 'header':
      return { header: show(s.file), set: s.set, ...(s.tags ? { tags: s.tags } : {}) };
    case 'move':
      return { move: show(s.from), to: show(s.to) };
    case 'split':
      return { split: show(s.file), extract: s.extract, to: show(s.to) };
    case 'rewrite-imports':
      return s.to === undefined ? { 'rewrite-imports': { from: s.from, to: 'TBD' }, deferred: s.deferred } : { 'rewrite-imports': { from: s.from, to: show(s.to) } };
    case 'barrel':
      return { barrel: show(s.dir) };
    case 'verify':
      return { verify: { expect: s.expect } };
  }
}
