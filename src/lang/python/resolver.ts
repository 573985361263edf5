import type { RelPath } from '../../workspace/paths';
import type { PythonSettings, PyTree } from './roots';

/** What one module name is found to be: a file (a module, or a package's `__init__`), or a namespace package. */
type ModuleSpec =
  | { kind: 'module'; file: RelPath }
  | { kind: 'package'; file: RelPath; dir: RelPath }
  | { kind: 'namespace'; dirs: RelPath[] };

/**
 * Module resolution as CPython's PathFinder does it, with stubs as pyright reads them. In each folder
 * searched (the roots for a top-level name, the parent package's folders below that): a folder with
 * `__init__.py` (else `__init__.pyi`) is a package and ends the search; else `name.py` (else
 * `name.pyi`) is a module and ends it; else a folder is a namespace portion and the search goes on. A
 * namespace package, made of every portion, is the answer only when no folder held a module or package.
 */
export class PythonResolver {
  private readonly specs = new Map<string, ModuleSpec | null>();

  constructor(
    private readonly tree: PyTree,
    private readonly settings: PythonSettings,
  ) {}

  /** The file an absolute module resolves to (the `.py` when a `.pyi` stub sits beside it); undefined for namespace packages and unknown modules. */
  resolve(module: string): RelPath | undefined {
    const spec = this.spec(module);
    return spec && spec.kind !== 'namespace' ? spec.file : undefined;
  }

  /** True when the module is a namespace package: folders without `__init__.py(i)`, and no module or package of that name on the path. */
  isNamespacePackage(module: string): boolean {
    return this.spec(module)?.kind === 'namespace';
  }

  /** True when the module's top-level name exists in the code base: an import of it that does not resolve is broken, not external. */
  isProjectModule(module: string): boolean {
    const dot = module.indexOf('.');
    return this.spec(dot === -1 ? module : module.slice(0, dot)) !== null;
  }

  /** For a mock/patch target 'a.b.c.X': the longest prefix that resolves to a module file, with the file. */
  longestModulePrefix(dotted: string): { module: string; file: RelPath } | undefined {
    for (let end = dotted.length; end > 0; end = dotted.lastIndexOf('.', end - 1)) {
      const module = dotted.slice(0, end);
      const file = this.resolve(module);
      if (file !== undefined) return { module, file };
    }
    return undefined;
  }

  /** The `.pyi` stub beside a `.py` file, which the type checker reads instead of it. */
  stubOf(file: RelPath): RelPath | undefined {
    const stub = file.endsWith('.py') ? file + 'i' : undefined;
    return stub !== undefined && this.tree.exists(stub) ? stub : undefined;
  }

  private spec(module: string): ModuleSpec | null {
    let spec = this.specs.get(module);
    if (spec === undefined) this.specs.set(module, (spec = this.find(module)));
    return spec;
  }

  private find(module: string): ModuleSpec | null {
    const dot = module.lastIndexOf('.');
    if (dot === -1) return this.findIn(this.settings.roots, module);
    const parent = this.spec(module.slice(0, dot));
    if (parent === null || parent.kind === 'module') return null;
    return this.findIn(parent.kind === 'package' ? [parent.dir] : parent.dirs, module.slice(dot + 1));
  }

  private findIn(folders: RelPath[], name: string): ModuleSpec | null {
    if (name === '') return null;
    const portions: RelPath[] = [];
    for (const folder of folders) {
      const base = folder === '' ? name : `${folder}/${name}`;
      const isDir = this.tree.isDir(base);
      if (isDir) {
        const init = this.firstFile(`${base}/__init__.py`);
        if (init !== undefined) return { kind: 'package', file: init, dir: base };
      }
      const file = this.firstFile(`${base}.py`);
      if (file !== undefined) return { kind: 'module', file };
      if (isDir) portions.push(base);
    }
    return portions.length > 0 ? { kind: 'namespace', dirs: portions } : null;
  }

  /** `p` (a `.py` path) when it is a file, else its `.pyi` stub when that is. */
  private firstFile(p: RelPath): RelPath | undefined {
    if (this.tree.exists(p)) return p;
    return this.tree.exists(p + 'i') ? p + 'i' : undefined;
  }
}
