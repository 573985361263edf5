import * as path from 'node:path';
import { recoverInterruptedApply, type Recovery } from '../changeset/apply';
import { languageOf, languages, prepareLanguages } from '../lang';
import type { CodeBase, LanguageId, WorkspaceOptions } from '../lang/types';
import { ignoreMatcher } from './ignore-globs';
import { ImportIndex, type LexCache } from './import-index';
import { listFiles } from './list-files';
import { Overlay } from './overlay';
import type { TsSettings } from './ts-projects';

/**
 * An opened code base: its files behind a staging overlay, each language's settings (read on first
 * use), and the import index of the staged tree (rebuilt lazily after each change, re-lexing only
 * files whose text changed).
 */
export class Workspace implements CodeBase {
  private cachedIndex: { version: number; layoutVersion: number; index: ImportIndex } | undefined;
  private readonly lexCache: LexCache = new Map();
  private readonly settings_ = new Map<LanguageId, unknown>();

  private constructor(
    readonly root: string,
    readonly overlay: Overlay,
    /** What the plan says about languages and the workspace (`python.roots`, `sources`, `ignore`). */
    readonly options: WorkspaceOptions,
    /** What opening it did about an interrupted apply, if there was one. */
    readonly recovery: Recovery | undefined,
  ) {}

  /**
   * Opens a code base; first finishes or undoes any interrupted apply (reported in `recovery`). Paths
   * the options `ignore` are not part of it at all.
   */
  static open(root: string, options: WorkspaceOptions = {}): Workspace {
    const abs = path.resolve(root);
    const recovery = recoverInterruptedApply(abs);
    const overlay = new Overlay(abs, listFiles(abs, options.ignore?.length ? ignoreMatcher(options.ignore) : undefined));
    return new Workspace(abs, overlay, options, recovery);
  }

  /**
   * Opens a code base and loads what its languages need before they answer synchronously (Python's
   * WebAssembly grammar, for syntax checks, frozen files, splits and barrels). Commands open this way.
   */
  static async load(root: string, options: WorkspaceOptions = {}): Promise<Workspace> {
    const ws = Workspace.open(root, options);
    await prepareLanguages(ws.overlay.files());
    return ws;
  }

  /** False for a file the import index does not read as code: under `sources: tsconfig`, one outside its language's program. */
  isCode(file: string): boolean {
    if (this.options.sources !== 'tsconfig') return true;
    const lang = languageOf(file);
    return lang?.inProgram === undefined || lang.inProgram(file, this);
  }

  /** A language's settings for this code base, read on first use (a TypeScript tree never reads Python's). */
  settingsOf<T>(id: LanguageId): T {
    if (!this.settings_.has(id)) this.settings_.set(id, languages.find((l) => l.id === id)!.readSettings(this, this.options));
    return this.settings_.get(id) as T;
  }

  /** The tsconfig settings (every project's, the root's at the top): how TypeScript specifiers resolve and are written. */
  get settings(): TsSettings {
    return this.settingsOf<TsSettings>('typescript');
  }

  /** The import index of the staged tree. */
  index(): ImportIndex {
    const cached = this.cachedIndex;
    if (!cached || cached.version !== this.overlay.version) {
      // Text edits alone keep every resolution valid: reuse the resolvers and the unchanged files' imports.
      const previous = cached && cached.layoutVersion === this.overlay.layoutVersion ? cached.index : undefined;
      const index = ImportIndex.build(this, this.lexCache, previous);
      this.cachedIndex = { version: this.overlay.version, layoutVersion: this.overlay.layoutVersion, index };
    }
    return this.cachedIndex!.index;
  }
}
