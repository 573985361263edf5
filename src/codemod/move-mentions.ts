import type { ImportIndex } from '../workspace/import-index';
import type { Overlay } from '../workspace/overlay';
import { normalizeRel, stripSourceExt, type RelPath } from '../workspace/paths';
import { findMentions } from './mentions';
import type { MovePlan } from './move-plan';

/**
 * Per move request, the places in the staged tree's text files that still name what it moved: its
 * files' old paths (with and without extension), its folder, and the non-relative specifiers that
 * imported its files (`@/a/x`). Each note reads `README.md:3 still names src/a/x.ts (now src/c/y.ts)`.
 * A name without a `/` is not looked for: a bare word would be found all over prose.
 */
export function moveMentionNotes(overlay: Overlay, before: ImportIndex, plan: MovePlan, requests: { from: RelPath }[], skip: (file: RelPath) => boolean): string[][] {
  const nowOf = new Map<string, { step: number; now: string }>();
  const add = (name: string, step: number, now: string) => {
    if (name.includes('/') && !nowOf.has(name)) nowOf.set(name, { step, now });
  };
  plan.steps.forEach((step, i) => {
    step.files.forEach((m, j) => {
      const origin = step.origins[j];
      const now = plan.counterpart.get(origin) ?? m.to;
      add(origin, i, now);
      add(stripSourceExt(origin), i, stripSourceExt(now));
      for (const imp of before.importersOf(origin)) if (!imp.specifier.startsWith('.')) add(imp.specifier, i, `a specifier of ${now}`);
    });
    const folder = normalizeRel(requests[i].from);
    if (folder !== undefined && step.files.length && !step.origins.includes(folder)) add(folder, i, folderNow(step.files[0], folder));
  });
  const notes = plan.steps.map((): string[] => []);
  for (const m of findMentions(overlay.files(), (f) => overlay.read(f), [...nowOf.keys()], skip)) {
    const { step, now } = nowOf.get(m.name)!;
    notes[step].push(`${m.file}:${m.line} still names ${m.name} (now ${now}); left unchanged`);
  }
  return notes;
}

/** Where a moved folder went, read off one of its files' moves. */
function folderNow(move: { from: RelPath; to: RelPath }, folder: RelPath): string {
  const rest = move.from.slice(folder.length);
  return move.to.endsWith(rest) ? move.to.slice(0, move.to.length - rest.length) : move.to;
}
