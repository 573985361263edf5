import { StateError } from '../errors';
import { languageOf, type LanguageId } from '../lang';
import { isWithin, type RelPath } from '../workspace/paths';
import type { Workspace } from '../workspace/workspace';

/** The languages of a path of the staged tree: a file's own, or those of the files under a folder. */
export function languagesAt(ws: Workspace, p: RelPath): Set<LanguageId> {
  const out = new Set<LanguageId>();
  const add = (f: RelPath) => {
    const lang = languageOf(f);
    if (lang) out.add(lang.id);
  };
  if (ws.overlay.exists(p)) add(p);
  // A folder, or a module written without its extension (`schemas/loop_events`).
  else for (const f of ws.overlay.files()) if (isWithin(f, p) || (f.startsWith(`${p}.`) && !f.includes('/', p.length))) add(f);
  return out;
}

/**
 * Refuses a step whose files are in a language its codemod does not handle yet: staging it would
 * leave that language's references unrepointed, and a move must never report success and leave the
 * code base broken.
 */
export function assertHandled(what: string, found: Set<LanguageId>, handled: readonly LanguageId[]): void {
  const missing = [...found].filter((l) => !handled.includes(l));
  if (missing.length === 0) return;
  const names = missing.map((l) => (l === 'python' ? 'Python' : l)).join(', ');
  throw new StateError(`${what} is not supported on ${names} files yet; nothing was staged`);
}
