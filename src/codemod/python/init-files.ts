import { headerValue } from '../../header/header';
import { parsePythonHeader } from '../../lang/python/header';
import type { PythonSettings } from '../../lang/python/roots';
import type { Overlay } from '../../workspace/overlay';
import { dirOf, joinRel, type RelPath } from '../../workspace/paths';

/** The header keys a created package's `__init__.py` carries over. */
const KEYS = ['Layer', 'AUDIENCE'];

/**
 * The `__init__.py` files for folders the moves create under an import root, where the neighbours are
 * regular packages (the parent folder is one, or every sibling folder holding Python files is): a
 * namespace package would resolve, but a tree of regular packages gets another. Each carries the
 * `Layer`/`AUDIENCE` header keys of the module moved into it, else those of a sibling package's
 * `__init__.py`, else those of its parent's. `moved`: original → final.
 */
export function createdInits(overlay: Overlay, moved: Map<RelPath, RelPath>, settings: PythonSettings): Map<RelPath, string> {
  const out = new Map<RelPath, string>();
  const targets = new Set(moved.values());
  const initOf = (dir: RelPath) => ['__init__.py', '__init__.pyi'].map((f) => joinRel(dir, f)).find((f) => overlay.exists(f) || targets.has(f) || out.has(f));
  const ordered = [...moved].filter(([, to]) => /\.pyi?$/.test(to)).sort((a, b) => a[1].localeCompare(b[1]));
  for (const [from, to] of ordered) {
    for (const dir of newFolders(overlay, dirOf(to), settings).reverse()) {
      if (initOf(dir) !== undefined) continue;
      const parentInit = initOf(dirOf(dir));
      const siblings = siblingPackages(overlay, dir);
      if (parentInit === undefined && (siblings === undefined || siblings.length === 0)) continue;
      const header = [from, ...(siblings ?? []), parentInit].map((f) => (f === undefined ? '' : headerLines(out.get(f) ?? overlay.read(f)))).find((h) => h !== '');
      out.set(joinRel(dir, '__init__.py'), header ?? '');
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

/** The `__init__.py` files of the folders beside `dir` that hold Python files; undefined when one of them is no regular package. */
function siblingPackages(overlay: Overlay, dir: RelPath): RelPath[] | undefined {
  const parent = dirOf(dir);
  const prefix = parent === '' ? '' : parent + '/';
  const folders = new Set<string>();
  for (const f of overlay.files()) {
    const m = f.startsWith(prefix) ? /^([^/]+)\/[^/]+\.pyi?$/.exec(f.slice(prefix.length)) : null;
    if (m) folders.add(prefix + m[1]);
  }
  const inits = [...folders].sort().map((d) => joinRel(d, '__init__.py'));
  return inits.every((f) => overlay.exists(f)) ? inits : undefined;
}

function headerLines(text: string): string {
  const header = parsePythonHeader(text);
  return KEYS.map((k) => [k, headerValue(header, k)])
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `# ${k}: ${v}\n`)
    .join('');
}
