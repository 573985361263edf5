import { edgeLabel, type LayerGraph } from './model';

/** The graph in Graphviz DOT; audiences are ellipses, layers boxes, denied edges red. */
export function renderDot(g: LayerGraph): string {
  const q = (s: string) => `"${s.replace(/"/g, '\\"')}"`;
  const lines = ['digraph layers {', '  rankdir=LR;'];
  for (const n of g.nodes) lines.push(`  ${q(n.id)} [label=${q(n.label)}, shape=${n.kind === 'layer' ? 'box' : 'ellipse'}];`);
  for (const e of g.edges) lines.push(`  ${q(e.from)} -> ${q(e.to)} [label=${q(edgeLabel(e))}${e.violations ? ', color=red, fontcolor=red' : ''}];`);
  lines.push('}');
  return lines.join('\n') + '\n';
}
