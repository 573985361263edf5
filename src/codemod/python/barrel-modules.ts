import * as path from 'node:path';
import picomatch from 'picomatch';
import { StateError } from '../../errors';
import { pythonModuleFacts } from '../../lang/python/declarations';
import { dirOf, type RelPath } from '../../workspace/paths';
import type { BarrelSpec } from '../barrel';
import type { PyBarrelSource } from './barrel';
import type { KeptImports } from './barrel-imports';

/** One module of a package: the name it is imported by, and the file that defines it. */
interface PackageModule {
  name: string;
  /** `pkg/name.py`, or `pkg/name/__init__.py` for a subpackage. */
  file: RelPath;
}

/** One line of a barrel: a module and the names imported from it, sorted. */
export interface PyBarrelEntry {
  module: string;
  names: string[];
}

// `from .name import …` needs a module name that is an identifier (`my-script.py` cannot be imported so).
const IDENTIFIER = /^[\p{ID_Start}_][\p{ID_Continue}]*$/u;

/**
 * Each module's exported names (its `__all__`, else its public top-level definitions), in path
 * order, without the modules and names the keep region imports by hand. A name several modules export
 * goes to the one that defines it when the others only import it; otherwise it is refused.
 */
export function barrelEntries(src: PyBarrelSource, spec: BarrelSpec, file: RelPath, kept: KeptImports): PyBarrelEntry[] {
  const owners = new Map<string, { module: PackageModule; defines: boolean }[]>();
  const modules = packageModules(src, spec, file).filter((m) => !kept.modules.has(m.name));
  for (const module of modules) {
    const facts = pythonModuleFacts(src.overlay.read(module.file));
    const defined = new Set(facts.declarations.flatMap((d) => d.names));
    for (const name of facts.exported) {
      if (kept.names.includes(name)) continue;
      owners.set(name, [...(owners.get(name) ?? []), { module, defines: defined.has(name) }]);
    }
  }
  const ownerOf = new Map([...owners].map(([name, list]) => [name, soleOwner(file, name, list)]));
  return modules
    .map((m) => ({ module: m.name, names: [...ownerOf].filter(([, owner]) => owner === m).map(([name]) => name).sort(byCodeUnit) }))
    .filter((e) => e.names.length > 0);
}

/** The module a name is imported from: the only one exporting it, or the only one defining it. */
function soleOwner(file: RelPath, name: string, list: { module: PackageModule; defines: boolean }[]): PackageModule {
  if (list.length === 1) return list[0].module;
  const definers = list.filter((o) => o.defines);
  if (definers.length === 1) return definers[0].module;
  const [a, b] = definers.length > 1 ? definers : list;
  throw new StateError(
    `${file}: "${name}" is exported by both ${a.module.file} and ${b.module.file}; exclude one, or import it by hand between # remediate:keep-start and # remediate:keep-end`,
  );
}

/** The package's modules (`*.py` directly in it but `__init__.py`, and subpackages), filtered, in path order. */
function packageModules(src: PyBarrelSource, spec: BarrelSpec, barrel: RelPath): PackageModule[] {
  const include = spec.include?.length ? picomatch(spec.include, { dot: true }) : () => true;
  const exclude = spec.exclude?.length ? picomatch(spec.exclude, { dot: true }) : () => false;
  const out: PackageModule[] = [];
  for (const file of src.overlay.files()) {
    const name = moduleName(spec.dir, file);
    if (name === undefined) continue;
    // A subpackage is matched by its folder as well as by its __init__.py.
    const paths = file.endsWith('/__init__.py') ? [file, dirOf(file)] : [file];
    if (!paths.some((p) => include(p)) || paths.some((p) => exclude(p))) continue;
    if (spec.layers?.length && !spec.layers.includes(src.layerOf(file) ?? '')) continue;
    const twin = out.find((m) => m.name === name);
    if (twin) throw new StateError(`${barrel}: ${twin.file} and ${file} both define module .${name}; remove one`);
    out.push({ name, file });
  }
  return out.sort((a, b) => byCodeUnit(a.name, b.name));
}

/** The name `file` is imported by from the package `dir`, when it is one of its modules. */
function moduleName(dir: RelPath, file: RelPath): string | undefined {
  const parent = dirOf(file);
  const name =
    parent === dir && file.endsWith('.py') && path.posix.basename(file) !== '__init__.py'
      ? path.posix.basename(file, '.py')
      : dirOf(parent) === dir && parent !== dir && path.posix.basename(file) === '__init__.py'
        ? path.posix.basename(parent)
        : undefined;
  return name !== undefined && IDENTIFIER.test(name) ? name : undefined;
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
