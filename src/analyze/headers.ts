import { headerValue } from '../header/header';
import { dirOf, type RelPath } from '../workspace/paths';
import type { AnalyzeContext } from './context';
import { headerDisagrees } from './content';
import { layerHeaderFor } from './targets';
import type { Proposal } from './types';

/**
 * Phase I: a `Layer:` header that disagrees with the file's folder. A file that stays gets its folder's
 * layer; a file a later phase moves gets its destination's header now (as the seed does); a file a
 * later phase splits is left to that phase, which knows what stays.
 */
export function findHeaders(ctx: AnalyzeContext, movedTo: Map<RelPath, RelPath>, split: Set<RelPath>): Proposal[] {
  const out: Proposal[] = [];
  for (const file of ctx.files) {
    if (!ctx.inScope(file) || split.has(file) || !headerDisagrees(ctx, file)) continue;
    const header = ctx.header(file);
    const entry = header!.entries.find((e) => e.key.toLowerCase() === 'layer')!;
    const to = movedTo.get(file);
    const value = layerHeaderFor(ctx, dirOf(to ?? file));
    const evidence = [{ rule: 'HEADER_LAYER', file, line: entry.line, seen: `Layer: ${headerValue(header, 'Layer')} in a ${ctx.layerOf(file)} folder` }];
    const reason = to ? `Header of its destination ${to}` : `Its folder is ${ctx.layerOf(file)}`;
    out.push({ phase: 'headers', step: { kind: 'header', file, set: { Layer: value } }, reason, evidence });
  }
  return out;
}
