import type { Finding, Rule } from '../types';
import { withTarget } from './describe';

/**
 * Files never leave their audience: a file in one audience's folder may not import a file in another's
 * (shared code lives in `<audience>/general`). Type-only imports count; files outside every audience
 * folder are neither checked nor protected.
 */
export const audienceBoundaryRule: Rule<'AUDIENCE_BOUNDARY'> = {
  id: 'AUDIENCE_BOUNDARY',
  description: "A file in one audience's folder may not import a file in another audience's folder.",
  check(ctx) {
    const out: Finding[] = [];
    for (const file of ctx.files) {
      const from = ctx.audienceOf(file);
      if (from === undefined) continue;
      for (const imp of ctx.index.importsOf(file)) {
        const to = imp.resolved === undefined ? undefined : ctx.audienceOf(imp.resolved);
        if (to === undefined || to === from) continue;
        out.push({ file, line: imp.line, column: imp.column, message: `${withTarget(imp)} crosses from audience ${from} into ${to}` });
      }
    }
    return out;
  },
};
