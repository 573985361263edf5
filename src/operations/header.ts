import { assertParses } from '../codemod/parse-check';
import { languageOf } from '../lang';
import { typescript } from '../lang/typescript';
import type { HeaderStep } from '../plan/types';
import type { Operation } from './types';

/** Seed Phase I: set header keys and markers of one file; only the header's lines change. */
export const headerOperation: Operation<HeaderStep> = {
  kind: 'header',
  describe(step, show = (p: string) => p) {
    const sets = Object.entries(step.set).map(([k, v]) => `${k}: ${v}`);
    const tags = step.tags.map((t) => (t.startsWith('-') ? `untag ${t.slice(1)}` : `tag ${t}`));
    return `header ${show(step.file)} (${[...sets, ...tags].join('; ')})`;
  },
  stage({ ws }, step) {
    const before = ws.overlay.read(step.file);
    // A header is found by reading the file's first lines: in a file that does not parse, they may not be what they seem.
    assertParses([{ path: step.file, text: before }], 'cannot edit the header');
    // A file no language reads (a stylesheet) takes the `//` header of TypeScript, as it always did.
    const after = (languageOf(step.file) ?? typescript).editHeader(before, { set: step.set, tags: step.tags });
    if (after === before) return { summary: "header already as planned", files: [], moves: [] };
    ws.overlay.write(step.file, after);
    return { summary: "header updated", files: [step.file], moves: [] };
  },
};
