import type { Finding, FileRule } from '../types';
import { layerLabel, withTarget } from './describe';

/**
 * A file of layer A may not import a file of a layer A's `deny` lists. Type-only imports count (a type
 * is still a dependency on the layer that owns it) unless A sets `allow-type-only`. Only imports that
 * resolve to a file of the tree have a layer; packages are LEGACY_IMPORT's and ORM_RUNTIME's business.
 */
export const layerBoundaryRule: FileRule<'LAYER_BOUNDARY'> = {
  id: 'LAYER_BOUNDARY',
  scope: 'file',
  description: "A file may not import a file of a layer its own layer's deny list names.",
  forFile(ctx, options) {
    const policies = new Map(Object.entries(options).map(([layer, o]) => [layer, { deny: new Set(o.deny), allowTypeOnly: !!o.allowTypeOnly }]));
    return (file) => {
      const out: Finding[] = [];
      const from = ctx.layerOf(file);
      const policy = from === undefined ? undefined : policies.get(from);
      if (from === undefined || !policy) return out;
      for (const imp of ctx.index.dependenciesOf(file)) {
        if (imp.resolved === undefined || (imp.typeOnly && policy.allowTypeOnly)) continue;
        const to = ctx.layerOf(imp.resolved);
        if (to === undefined || !policy.deny.has(to)) continue;
        const message = `${withTarget(imp)} reaches ${layerLabel(ctx.plan, to)} from ${layerLabel(ctx.plan, from)}, which may not depend on ${to}`;
        out.push({ file, line: imp.line, column: imp.column, message, specifier: imp.specifier, resolved: imp.resolved });
      }
      return out;
    };
  },
};
