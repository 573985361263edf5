import * as path from 'node:path';
import type { ResolvedImport } from '../workspace/import-index';
import { dirOf, relativeSpecifier, type RelPath } from '../workspace/paths';
import { specifierStyle, writeSpecifier } from '../workspace/specifier';
import type { ModuleSettings } from '../workspace/tsconfig';
import type { ImportBinding } from './bindings';

/** The specifiers a split writes, each in the style of the file that holds it. */
export interface SplitSpecifiers {
  /** The target importing the source. */
  toSource: string;
  /** The source importing the target. */
  toTarget: string;
  /** One of the source's imports, rewritten for the target's place. */
  forTarget(b: ImportBinding): string;
}

/**
 * Specifiers between source and target copy the extension habit of one of the source's relative
 * imports (`./x.js` under NodeNext); the source's own relative imports are recomputed for the
 * target's folder, while packages, aliases and baseUrl paths, which do not depend on it, are kept.
 */
export function splitSpecifiers(settings: ModuleSettings, file: RelPath, to: RelPath, imports: ResolvedImport[]): SplitSpecifiers {
  const relative = imports.find((i) => specifierStyle(settings, i.specifier) === 'relative')?.specifier;
  const template = relative ?? (settings.esmExtensions ? './x.js' : './x');
  return {
    toSource: writeSpecifier(settings, to, file, template),
    toTarget: writeSpecifier(settings, file, to, template),
    forTarget(b) {
      if (specifierStyle(settings, b.specifier) !== 'relative') return b.specifier;
      if (b.resolved !== undefined) return writeSpecifier(settings, to, b.resolved, b.specifier);
      return relativeSpecifier(to, path.posix.join(dirOf(file), b.specifier));
    },
  };
}
