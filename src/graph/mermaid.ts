import { edgeLabel, type LayerGraph } from './model';

/** The graph as a Mermaid flowchart (GitHub and GitLab render it in markdown); denied edges in red. */
export function renderMermaid(g: LayerGraph): string {
  const id = (n: string) => `n_${n.replace(/[^A-Za-z0-9_]/g, '_')}`;
  const lines = ['flowchart LR'];
  for (const n of g.nodes) lines.push(n.kind === 'layer' ? `  ${id(n.id)}["${n.label}"]` : `  ${id(n.id)}(["${n.label}"])`);
  g.edges.forEach((e) => lines.push(`  ${id(e.from)} -->|${edgeLabel(e)}| ${id(e.to)}`));
  g.edges.forEach((e, i) => e.violations && lines.push(`  linkStyle ${i} stroke:red,color:red`));
  return lines.join('\n') + '\n';
}
