import type { Argv } from 'yargs';
import { renderDot } from '../../graph/dot';
import { renderMermaid } from '../../graph/mermaid';
import { layerGraph } from '../../graph/model';
import { Workspace } from '../../workspace/workspace';
import { planFromArgs, withPlanOption } from '../common';
import type { CliIO } from '../io';

export const command = 'graph';
export const describe = 'draw the layers and audiences and the imports between them (denied edges in red)';

export function builder(y: Argv) {
  return withPlanOption(y).option('format', { type: 'string', choices: ['mermaid', 'dot'], default: 'mermaid', describe: 'output format' });
}

/** Prints the layer graph of the tree on disk. */
export function handler(io: CliIO, args: { plan?: string; format?: string }): number {
  const plan = planFromArgs(io, args.plan);
  const ws = Workspace.open(plan.root);
  if (ws.recovery) io.err(`remediate: ${ws.recovery.message}\n`);
  const graph = layerGraph(plan, ws.index());
  io.out(args.format === 'dot' ? renderDot(graph) : renderMermaid(graph));
  return 0;
}
