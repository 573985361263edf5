import { joinRel, type RelPath } from '../../workspace/paths';
import type { PythonSettings } from './roots';

const IDENTIFIER = /^[\p{XID_Start}_]\p{XID_Continue}*$/u;
/** Hard keywords: `import class` is a syntax error, so a file named `class.py` has no importable name. */
const KEYWORDS = new Set(
  'False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield'.split(' '),
);

/** True when `s` can be one segment of a dotted module name in an import statement. */
export function isModuleSegment(s: string): boolean {
  return IDENTIFIER.test(s) && !KEYWORDS.has(s);
}

/**
 * The dotted module name of a file under the roots: 'backend/app/x/y.py' with root 'backend' → 'app.x.y',
 * '…/pkg/__init__.py' → '….pkg'; `.pyi` likewise. The first root under which the file has a valid name
 * wins (a root that holds the file only through a segment such as `my-src` gives it no name); undefined
 * when there is none.
 */
export function moduleNameOf(file: RelPath, settings: PythonSettings): string | undefined {
  const bare = file.endsWith('.py') ? file.slice(0, -3) : file.endsWith('.pyi') ? file.slice(0, -4) : undefined;
  if (bare === undefined) return undefined;
  for (const root of settings.roots) {
    if (root !== '' && !bare.startsWith(root + '/')) continue;
    const segments = (root === '' ? bare : bare.slice(root.length + 1)).split('/');
    if (segments[segments.length - 1] === '__init__') segments.pop();
    if (segments.length > 0 && segments.every(isModuleSegment)) return segments.join('.');
  }
  return undefined;
}

/**
 * Makes a written module absolute for an importer: the level is the number of leading dots. A
 * package's `__init__` is its own package, so `from . import x` there names the package itself.
 */
export function absoluteModule(importer: RelPath, written: string, settings: PythonSettings, importerName?: string): string | { error: string } {
  let level = 0;
  while (written.charCodeAt(level) === 46 /* . */) level++;
  if (level === 0) return written;
  // The index passes the importer's name it already knows: one file has many relative imports.
  const name = importerName ?? moduleNameOf(importer, settings);
  if (name === undefined) {
    return { error: `relative import '${written}' in '${importer}', which has no module name under the import roots (${rootList(settings)})` };
  }
  const segments = name.split('.');
  const isInit = /(^|\/)__init__\.pyi?$/.test(importer);
  const packageDepth = isInit ? segments.length : segments.length - 1;
  if (packageDepth === 0) return { error: `relative import '${written}' in top-level module '${name}', which has no parent package` };
  const baseDepth = packageDepth - (level - 1);
  if (baseDepth < 1) return { error: `relative import '${written}' climbs above the top-level package '${segments[0]}'` };
  const base = segments.slice(0, baseDepth).join('.');
  const rest = written.slice(level);
  return rest === '' ? base : `${base}.${rest}`;
}

/** The file a module would have as a plain module under a root: ('app.x.y', 'backend') → 'backend/app/x/y.py'. */
export function moduleFile(module: string, root: RelPath): RelPath {
  return joinRel(root, module.split('.').join('/') + '.py');
}

function rootList(settings: PythonSettings): string {
  return settings.roots.map((r) => (r === '' ? "'' (the root)" : `'${r}'`)).join(', ');
}
