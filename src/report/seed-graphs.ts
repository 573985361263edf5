import type { PlanGraphs } from '../graph/plan-graphs';

/** Seed report "Layer Graph": Mermaid before and after the plan (GitHub and GitLab render it). */
export function graphSection(g: PlanGraphs): string[] {
  const block = (title: string, part: PlanGraphs['before']) => [`### ${title}`, '', `From ${part.from}. Edges count imports; red ones a rule denies.`, '', '```mermaid', ...part.mermaid.trimEnd().split('\n'), '```', ''];
  return [...block('Before the plan', g.before), ...block('After the plan', g.after)];
}
