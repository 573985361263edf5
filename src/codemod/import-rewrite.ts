import picomatch from 'picomatch';
import { StateError } from '../errors';
import type { ResolvedImport } from '../workspace/import-index';
import { moduleMatcher, type ModuleMatcher } from '../workspace/module-pattern';
import type { Overlay } from '../workspace/overlay';
import { dirOf, isWithin, joinRel, stripSourceExt, type RelPath } from '../workspace/paths';
import { specifierStyle } from '../workspace/specifier';
import type { ModuleSettings } from '../workspace/tsconfig';
import { moduleFile } from './module-file';
import { writeReference } from './reference-specifier';
import { specifierEdit, type TextEdit } from './text-edits';

/** A rewrite-imports request: a module pattern, the root-relative module or folder it now means, importer globs. */
export interface RewriteRequest {
  from: string;
  to: RelPath;
  files?: string[];
}

/**
 * One compiled rewrite-imports step. An import matching `from` is repointed to the module under `to`
 * that corresponds to it: `to` itself for an import of `from`, `to/x` for an import of `from/x`
 * (when `from` is a prefix, optionally ending in `/**`; with other globs every match means `to`).
 * The new specifier is written in the importer's style: like its import of the nearest other module.
 */
export class ImportRewrite {
  private readonly matches: ModuleMatcher;
  private readonly prefix: string | undefined;
  private readonly toFile: RelPath | undefined;
  /** Whether an importer is in the step's `files:` (every importer when it has none). */
  readonly covers: (file: RelPath) => boolean;

  constructor(
    private readonly overlay: Overlay,
    private readonly settings: ModuleSettings,
    private readonly req: RewriteRequest,
  ) {
    this.toFile = moduleFile(overlay, req.to);
    if (this.toFile === undefined && !overlay.isDir(req.to)) throw new StateError(`"to" does not exist: no module or folder ${req.to}`);
    this.matches = moduleMatcher(req.from, settings);
    const prefix = req.from.replace(/\/\*\*$/, '');
    this.prefix = picomatch.scan(prefix).isGlob ? undefined : prefix;
    this.covers = req.files?.length ? picomatch(req.files, { dot: true }) : () => true;
  }

  /** The specifier edits for one file's imports; refuses a match with no counterpart under `to`. */
  editsFor(imports: ResolvedImport[]): TextEdit[] {
    const edits: TextEdit[] = [];
    const matched = imports.filter((imp) => this.matches(imp.specifier, imp.resolved) && !this.alreadyThere(imp.resolved));
    const others = imports.filter((imp) => imp.resolved !== undefined && imp.kind !== 'reference-path' && !matched.includes(imp));
    for (const imp of matched) {
      const target = this.targetOf(imp);
      if (target === undefined) {
        const rest = this.restOf(imp);
        throw new StateError(`"${imp.specifier}" in ${imp.file}:${imp.line} matches ${this.req.from}, but ${rest ? joinRel(this.req.to, rest) : this.req.to} is no module`);
      }
      const like = imp.kind === 'reference-path' ? imp.specifier : nearest(others, target)?.specifier ?? this.writtenLike(imp);
      const spec = writeReference(this.settings, imp.kind, imp.file, target, like);
      if (spec !== imp.specifier) edits.push(specifierEdit(imp, spec));
    }
    return edits;
  }

  /** Imports already inside `to` are left alone, so a second run (or a `to` below `from`) changes nothing. */
  private alreadyThere(resolved: RelPath | undefined): boolean {
    return resolved !== undefined && (resolved === this.toFile || isWithin(resolved, this.req.to));
  }

  private targetOf(imp: ResolvedImport): RelPath | undefined {
    const rest = this.restOf(imp);
    if (rest === '') return this.toFile;
    return moduleFile(this.overlay, joinRel(this.req.to, rest)) ?? moduleFile(this.overlay, joinRel(this.req.to, rest.replace(/(^|\/)index$/, '')));
  }

  /** The part of the import below `from`'s prefix, read from its specifier or from the path it resolves to. */
  private restOf(imp: ResolvedImport): string {
    const prefix = this.prefix;
    if (prefix === undefined) return '';
    const candidates = [stripSourceExt(imp.specifier)];
    if (imp.resolved !== undefined) {
      const bare = stripSourceExt(imp.resolved);
      const base = this.settings.baseUrl;
      candidates.push(bare);
      if (base && bare.startsWith(base + '/')) candidates.push(bare.slice(base.length + 1));
    }
    const hit = candidates.find((c) => c.startsWith(prefix + '/'));
    return hit === undefined ? '' : hit.slice(prefix.length + 1);
  }

  /**
   * The style of an import the importer has no neighbouring import for: its own, except for a package
   * (it now names a file of the tree), which becomes a relative import in the tree's extension habit.
   */
  private writtenLike(imp: ResolvedImport): string {
    const style = specifierStyle(this.settings, imp.specifier);
    if (imp.resolved !== undefined || style === 'relative' || style === 'alias') return imp.specifier;
    const base = this.settings.baseUrl;
    if (style === 'baseUrl' && base !== undefined && this.overlay.isDir(joinRel(base, imp.specifier.split('/')[0]))) return imp.specifier;
    return this.settings.esmExtensions ? './module.js' : './module';
  }
}

/**
 * The importer's import of the module nearest the target (most leading folders in common), whose
 * style (relative, alias or baseUrl-rooted) the repointed import adopts: a legacy absolute import
 * that now points beside the importer's relative imports becomes relative like them.
 */
function nearest(imports: ResolvedImport[], target: RelPath): ResolvedImport | undefined {
  const want = dirOf(target).split('/');
  let best: { imp: ResolvedImport; shared: number } | undefined;
  for (const imp of imports) {
    const dirs = dirOf(imp.resolved!).split('/');
    let shared = 0;
    while (shared < dirs.length && shared < want.length && dirs[shared] === want[shared]) shared++;
    if (!best || shared > best.shared) best = { imp, shared };
  }
  return best?.imp;
}
