import { headerValue } from '../../header/header';
import { parsePythonHeader } from '../../lang/python/header';
import type { PythonSettings } from '../../lang/python/roots';
import type { Overlay } from '../../workspace/overlay';
import { dirOf, joinRel, type RelPath } from '../../workspace/paths';

/** The header keys a created package's `__init__.py` carries over. */
const KEYS = ['Layer', 'AUDIENCE'];

/**
 * The `__init__.py` files for folders the moves create under an import root, where the neighbours are
 * regular packages (the parent folder is one, or a sibling folder is): a namespace package would
 * resolve, but a tree of regular packages gets another. Each carries the `Layer`/`AUDIENCE` header keys
 * of the module moved into it, else those of a sibling package's `__init__.py`. `moved`: original → final.
 */
export function createdInits(overlay: Overlay, moved: Map<RelPath, RelPath>, settings: PythonSettings): Map<RelPath, string> {
  const out = new Map<RelPath, string>();
  const targets = new Set(moved.values());
  const isPackage = (dir: RelPath) => ['__init__.py', '__init__.pyi'].some((f) => overlay.exists(joinRel(dir, f)) || targets.has(joinRel(dir, f)) || out.has(joinRel(dir, f)));
  const ordered = [...moved].filter(([, to]) => /\.pyi?$/.test(to)).sort((a, b) => a[1].localeCompare(b[1]));
  for (const [from, to] of ordered) {
    for (const dir of newFolders(overlay, dirOf(to), settings).reverse()) {
      const init = joinRel(dir, '__init__.py');
      if (isPackage(dir) || !(isPackage(dirOf(dir)) || siblingPackage(overlay, dir) !== undefined)) continue;
      out.set(init, headerFor(overlay.read(from), overlay, dir));
    }
  }
  return out;
}

/** The folders on the way to `dir` (deepest first) that do not exist yet, below an import root. */
function newFolders(overlay: Overlay, dir: RelPath, settings: PythonSettings): RelPath[] {
  const out: RelPath[] = [];
  for (let d = dir; d !== '' && !overlay.isDir(d) && !settings.roots.includes(d); d = dirOf(d)) {
    if (settings.roots.some((r) => r === '' || d.startsWith(r + '/'))) out.push(d);
  }
  return out;
}

function siblingPackage(overlay: Overlay, dir: RelPath): RelPath | undefined {
  const parent = dirOf(dir);
  const prefix = parent === '' ? '' : parent + '/';
  return overlay.files().find((f) => f.startsWith(prefix) && /^[^/]+\/__init__\.py$/.test(f.slice(prefix.length)));
}

function headerFor(movedText: string, overlay: Overlay, dir: RelPath): string {
  let lines = headerLines(movedText);
  const sibling = lines === '' ? siblingPackage(overlay, dir) : undefined;
  if (sibling !== undefined) lines = headerLines(overlay.read(sibling));
  return lines;
}

function headerLines(text: string): string {
  const header = parsePythonHeader(text);
  return KEYS.map((k) => [k, headerValue(header, k)])
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `# ${k}: ${v}\n`)
    .join('');
}
