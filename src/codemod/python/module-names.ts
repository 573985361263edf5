import { moduleNameOf } from '../../lang/python/module-names';
import type { PythonSettings } from '../../lang/python/roots';
import type { RelPath } from '../../workspace/paths';

/** What a reference's absolute module becomes: the new module, or undefined when it stays. */
export type ModuleRename = (module: string) => string | undefined;

/** The parent of a dotted module ('' for a top-level one). */
export function parentModule(module: string): string {
  const dot = module.lastIndexOf('.');
  return dot === -1 ? '' : module.slice(0, dot);
}

/** The last segment of a dotted module. */
export function lastSegment(module: string): string {
  return module.slice(module.lastIndexOf('.') + 1);
}

/** True when `module` is `prefix` or lies below it. */
export function isBelow(module: string, prefix: string): boolean {
  return module === prefix || (module.startsWith(prefix) && module.charCodeAt(prefix.length) === 46 /* . */);
}

/** The package a relative import in `file` starts from: the module itself for an `__init__`, else its parent. */
export function packageOf(file: RelPath, settings: PythonSettings): string | undefined {
  const name = moduleNameOf(file, settings);
  if (name === undefined) return undefined;
  return /(^|\/)__init__\.pyi?$/.test(file) ? name : parentModule(name);
}

/**
 * `target` written relative to the package of `file` ('..schemas.loop_events'); undefined when the
 * two share no top-level package (a relative import cannot leave it).
 */
export function relativeModule(file: RelPath, target: string, settings: PythonSettings): string | undefined {
  const pkg = packageOf(file, settings);
  if (!pkg) return undefined;
  const from = pkg.split('.');
  const to = target.split('.');
  let common = 0;
  while (common < from.length && common < to.length && from[common] === to[common]) common++;
  if (common === 0) return undefined;
  return '.'.repeat(from.length - common + 1) + to.slice(common).join('.');
}

/**
 * The renames of a set of module moves (old dotted name → new): a reference is renamed by the longest
 * moved module it is, or lies below (`a.b.events.X`, a patch target, follows `a.b.events`).
 */
export function prefixRename(pairs: Map<string, string>): ModuleRename {
  return (module) => {
    // Longest prefix first, one lookup per segment: a folder move renames thousands of modules.
    for (let end = module.length; end > 0; end = module.lastIndexOf('.', end - 1)) {
      const renamed = pairs.get(end === module.length ? module : module.slice(0, end));
      if (renamed !== undefined) return renamed + module.slice(end);
    }
    return undefined;
  };
}
