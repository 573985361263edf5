import type { Plan } from '../plan/types';
import { classifier } from '../validate/classify';
import type { ImportIndex } from '../workspace/import-index';
import type { RelPath } from '../workspace/paths';

/** A layer or audience of the plan. */
export interface GraphNode {
  id: string;
  label: string;
  kind: 'layer' | 'audience';
}

/** Imports from one node to another: how many, and how many of them a rule denies. */
export interface GraphEdge {
  from: string;
  to: string;
  count: number;
  /** Imports a rule refuses (LAYER_BOUNDARY for layers, AUDIENCE_BOUNDARY for audiences). */
  violations: number;
}

/** The plan's layers and audiences and the imports between them. */
export interface LayerGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/**
 * Counts the tree's imports between layers and between audiences (imports within one are not drawn).
 * An import is a violation when the plan's LAYER_BOUNDARY denies its target layer (type-only imports
 * pass where the rule allows them) or, with AUDIENCE_BOUNDARY on, when it crosses audiences.
 * `originOf` places each file where it was (the ledger's moves undone) to draw the tree before them.
 */
export function layerGraph(plan: Plan, index: ImportIndex, originOf: (file: RelPath) => RelPath = (f) => f): LayerGraph {
  const c = classifier(plan);
  const layerOf = (f: RelPath) => c.layerOf(originOf(f));
  const audienceOf = (f: RelPath) => c.audienceOf(originOf(f));
  const nodes: GraphNode[] = [
    ...plan.layers.map((l) => ({ id: l.id, label: `${l.id} ${l.title}`, kind: 'layer' as const })),
    ...Object.keys(plan.audiences).map((a) => ({ id: a, label: a, kind: 'audience' as const })),
  ];
  const edges = new Map<string, GraphEdge>();
  const count = (from: string, to: string, violation: boolean) => {
    const key = `${from}\0${to}`;
    const e = edges.get(key) ?? edges.set(key, { from, to, count: 0, violations: 0 }).get(key)!;
    e.count++;
    if (violation) e.violations++;
  };
  const boundary = plan.rules.LAYER_BOUNDARY ?? {};
  const audienceRule = plan.rules.AUDIENCE_BOUNDARY !== undefined;
  for (const file of index.files()) {
    const [layer, audience] = [layerOf(file), audienceOf(file)];
    for (const imp of index.importsOf(file)) {
      if (imp.resolved === undefined) continue;
      const [toLayer, toAudience] = [layerOf(imp.resolved), audienceOf(imp.resolved)];
      if (layer !== undefined && toLayer !== undefined && layer !== toLayer) {
        const rule = boundary[layer];
        count(layer, toLayer, !!rule?.deny.includes(toLayer) && !(rule.allowTypeOnly && imp.typeOnly));
      }
      if (audience !== undefined && toAudience !== undefined && audience !== toAudience) count(audience, toAudience, audienceRule);
    }
  }
  const order = new Map(nodes.map((n, i) => [n.id, i]));
  const sorted = [...edges.values()].sort((a, b) => order.get(a.from)! - order.get(b.from)! || order.get(a.to)! - order.get(b.to)!);
  return { nodes, edges: sorted };
}

/** An edge's label: its import count, and its violations when a rule denies it. */
export function edgeLabel(e: GraphEdge): string {
  return e.violations ? `${e.count}, ${e.violations} denied` : `${e.count}`;
}
