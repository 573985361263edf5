import type { Finding, FileRule } from '../types';
import { withTarget } from './describe';

/**
 * Files never leave their audience: a file in one audience's folder may not import a file in another's
 * (shared code lives in `<audience>/general`), and a header's `AUDIENCE:` must name the audience of its
 * folder (the seed's Phase V). Type-only imports count; files outside every audience folder are
 * neither checked nor protected.
 */
export const audienceBoundaryRule: FileRule<'AUDIENCE_BOUNDARY'> = {
  id: 'AUDIENCE_BOUNDARY',
  scope: 'file',
  description: "A file in one audience's folder may not import a file in another audience's folder, nor declare another audience in its header.",
  forFile(ctx) {
    return (file) => {
      const out: Finding[] = [];
      const from = ctx.audienceOf(file);
      if (from === undefined) return out;
      const declared = ctx.header(file)?.entries.find((e) => e.key.toLowerCase() === 'audience');
      if (declared && declared.value !== from) {
        out.push({ file, line: declared.line, column: 1, message: `header declares AUDIENCE: ${declared.value} but the file's folder belongs to ${from}` });
      }
      for (const imp of ctx.index.dependenciesOf(file)) {
        const to = imp.resolved === undefined ? undefined : ctx.audienceOf(imp.resolved);
        if (to === undefined || to === from) continue;
        const message = `${withTarget(imp)} crosses from audience ${from} into ${to}`;
        out.push({ file, line: imp.line, column: imp.column, message, specifier: imp.specifier, resolved: imp.resolved });
      }
      return out;
    };
  },
};
