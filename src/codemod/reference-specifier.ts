import type { ResolvedImport } from '../workspace/import-index';
import { relativeSpecifier, type RelPath } from '../workspace/paths';
import { writeSpecifier } from '../workspace/specifier';
import type { ModuleSettings } from '../workspace/tsconfig';

/**
 * The text that makes a reference of `importer` name `target`, written the way `original` was. A
 * triple-slash `path` reference is a file path, not a module specifier: relative to its file, its
 * `./` optional, its extension kept. Every other kind is a module specifier (writeSpecifier).
 */
export function writeReference(settings: ModuleSettings, kind: ResolvedImport['kind'], importer: RelPath, target: RelPath, original: string): string {
  if (kind !== 'reference-path') return writeSpecifier(settings, importer, target, original);
  const hasExt = /\.[cm]?[jt]sx?$/.test(original);
  const written = relativeSpecifier(importer, hasExt ? target : target.replace(/(\.d)?\.[cm]?[jt]sx?$/, ''));
  return original.startsWith('./') || original.startsWith('../') || !written.startsWith('./') ? written : written.slice(2);
}
