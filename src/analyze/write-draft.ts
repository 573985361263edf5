import * as path from 'node:path';
import { isMap, isSeq, parseDocument, YAMLMap, type Document } from 'yaml';
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

/**
 * The draft in the input's format: its keys, comments and order kept (the YAML Document API edits the
 * parsed document in place), the input's phases replaced by the draft's, its debt extended.
 */
export function writeDraft(d: DraftContent): string {
  const doc = parseDocument(d.text);
  const scoped = (text: string) => (d.plan.scope === '' ? text : text.split(`${d.plan.scope}/`).join(''));
  const show = (p: RelPath) => (d.plan.scope === '' ? p : isWithin(p, d.plan.scope) ? p.slice(d.plan.scope.length + 1) : `//${p}`);
  if (path.dirname(d.out) !== path.dirname(d.plan.file)) doc.set('root', toPosix(path.relative(path.dirname(d.out), d.plan.root)) || '.');
  if (d.debt.length) addDebt(doc, d.debt.map((e) => ({ rule: e.rule, file: show(e.file), reason: scoped(e.reason) })));
  doc.delete('phases');
  const phases = PHASES.flatMap((ph) => {
    const steps = d.proposals.filter((p) => p.phase === ph.key).map((p) => stepNode(doc, p, show, scoped));
    return steps.length ? [{ id: ph.id, title: ph.title, steps }] : [];
  });
  if (phases.length) {
    doc.set('phases', doc.createNode(phases));
    (doc.get('phases', true) as { commentBefore?: string }).commentBefore = ' Drafted by `remediate analyze`: each step says what was found.';
  }
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

function addDebt(doc: Document, entries: { rule: string; file: string; reason: string }[]): void {
  const nodes = entries.map((e) => flow(doc.createNode(e)));
  const seq = doc.get('debt', true);
  if (isSeq(seq)) nodes.forEach((n) => seq.items.push(n));
  else doc.set('debt', doc.createNode(nodes));
}

/** One step as the plan format writes it; short maps (`set`, `extract`, `expect`) in flow style. */
function stepNode(doc: Document, p: Proposal, show: (p: RelPath) => string, scoped: (text: string) => string) {
  const node = doc.createNode(plainStep(p.step, show)) as YAMLMap;
  for (const key of ['set', 'extract', 'rewrite-imports', 'verify', 'tags']) {
    const v = node.get(key, true);
    if (isMap(v) || isSeq(v)) flow(v);
  }
  node.set('reason', scoped(p.reason));
  if (node.has('deferred')) node.set('deferred', scoped(String(node.get('deferred'))));
  return node;
}

function flow<T>(node: T): T {
  (node as { flow?: boolean }).flow = true;
  return node;
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
