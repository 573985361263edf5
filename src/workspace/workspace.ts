import * as fs from 'node:fs';
import * as path from 'node:path';
import { recoverInterruptedApply, type Recovery } from '../changeset/apply';
import { ImportIndex, type LexCache } from './import-index';
import { listFiles } from './list-files';
import { Overlay } from './overlay';
import { readModuleSettings, type ModuleSettings } from './tsconfig';

/**
 * An opened code base: its files behind a staging overlay, its module settings, and the import index
 * of the staged tree (rebuilt lazily after each change, re-lexing only files whose text changed).
 */
export class Workspace {
  private cachedIndex: { version: number; layoutVersion: number; index: ImportIndex } | undefined;
  private readonly lexCache: LexCache = new Map();

  private constructor(
    readonly root: string,
    readonly overlay: Overlay,
    readonly settings: ModuleSettings,
    /** What opening it did about an interrupted apply, if there was one. */
    readonly recovery: Recovery | undefined,
  ) {}

  /** Opens a code base; first finishes or undoes any interrupted apply (reported in `recovery`). */
  static open(root: string): Workspace {
    const abs = path.resolve(root);
    const recovery = recoverInterruptedApply(abs);
    const overlay = new Overlay(abs, listFiles(abs));
    const settings = readModuleSettings(abs, (f) => {
      const rel = path.relative(abs, f).split(path.sep).join('/');
      if (!rel.startsWith('..') && overlay.exists(rel)) return overlay.read(rel);
      return !rel.startsWith('..') ? undefined : readOutside(f);
    });
    return new Workspace(abs, overlay, settings, recovery);
  }

  /** The import index of the staged tree. */
  index(): ImportIndex {
    const cached = this.cachedIndex;
    if (!cached || cached.version !== this.overlay.version) {
      // Text edits alone keep every resolution valid: reuse the resolver and the unchanged files' imports.
      const previous = cached && cached.layoutVersion === this.overlay.layoutVersion ? cached.index : undefined;
      const index = ImportIndex.build(this.overlay, this.settings, this.lexCache, previous);
      this.cachedIndex = { version: this.overlay.version, layoutVersion: this.overlay.layoutVersion, index };
    }
    return this.cachedIndex!.index;
  }
}

/** tsconfig `extends` may point into node_modules or above root: read-only access is fine. */
function readOutside(abs: string): string | undefined {
  try {
    return fs.readFileSync(abs, 'utf8');
  } catch {
    return undefined;
  }
}
