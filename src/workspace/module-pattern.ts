import picomatch from 'picomatch';
import { stripSourceExt, type RelPath } from './paths';
import type { ModuleSettings } from './tsconfig';

/** A compiled module pattern (plan-format.md: a specifier, an alias prefix, or a root-relative path glob). */
export type ModuleMatcher = (specifier: string, resolved: RelPath | undefined) => boolean;

/**
 * Compiles a module pattern. It matches an import whose specifier equals the pattern or lies below it
 * (`typeorm`, `typeorm/x`), or matches it as a glob; or whose resolved file, as a root-relative or
 * baseUrl-relative path with or without its extension, does the same.
 */
export function moduleMatcher(pattern: string, settings: Pick<ModuleSettings, 'baseUrl'>): ModuleMatcher {
  const prefix = pattern.replace(/\/\*\*$/, '');
  // `a/b` and `a/b/**` match nothing the prefix test does not: the glob is only needed past that.
  const glob = /[*?[\]{}()!+@]/.test(prefix) ? picomatch(pattern, { dot: true }) : undefined;
  const test = (s: string) => s === prefix || s.startsWith(prefix + '/') || (glob !== undefined && glob(s));
  const base = settings.baseUrl ? settings.baseUrl + '/' : undefined;
  return (specifier, resolved) => {
    if (test(specifier)) return true;
    if (resolved === undefined) return false;
    const candidates = [resolved, stripSourceExt(resolved)];
    if (base && resolved.startsWith(base)) candidates.push(resolved.slice(base.length), stripSourceExt(resolved.slice(base.length)));
    return candidates.some(test);
  };
}
