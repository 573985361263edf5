import { lexImports, type ImportRecord, type LexedImport } from './lexer';
import type { Overlay } from './overlay';
import { isSourceFile, type RelPath } from './paths';
import { ModuleResolver } from './resolver';
import type { ModuleSettings } from './tsconfig';

/** An import as written in `file`, with the code-base file it resolves to (none for packages). */
export interface ResolvedImport extends LexedImport {
  file: RelPath;
  resolved?: RelPath;
}

/**
 * Lexed imports by file, reused across index rebuilds while a file's text is unchanged. The records
 * are the first index's resolved imports of that text: an index never changes one after building it,
 * later builds copy them.
 */
export type LexCache = Map<RelPath, { text: string; records: ResolvedImport[] }>;

/** Every import of the tree, forwards (file → imports) and backwards (file → importers). */
export class ImportIndex {
  private readonly byFile = new Map<RelPath, ResolvedImport[]>();
  /** Built on the first importersOf: the validator never asks, the codemods do. */
  private byTarget: Map<RelPath, ResolvedImport[]> | undefined;

  private constructor(readonly resolver: ModuleResolver) {}

  /**
   * Lexes every source file of the overlay (cached by text) and resolves every specifier. `previous`,
   * an index of the same layout (same files, same resolver), lends its resolved imports of every file
   * whose text has not changed since.
   */
  static build(overlay: Overlay, settings: ModuleSettings, lexCache: LexCache, previous?: ImportIndex): ImportIndex {
    const index = new ImportIndex(previous?.resolver ?? new ModuleResolver(overlay, settings));
    for (const file of overlay.files()) {
      if (!isSourceFile(file)) continue;
      const text = overlay.read(file);
      let entry = lexCache.get(file);
      let imports = entry?.text === text ? previous?.byFile.get(file) : undefined;
      if (!imports && (!entry || entry.text !== text)) {
        // Fresh records belong to no index yet: this one fills in their file and resolution in place.
        imports = lexImports(text, { docComments: JS_FILE.test(file) }) as ResolvedImport[];
        for (const r of imports) {
          r.file = file;
          r.resolved = index.resolver.resolve(file, r.specifier, r.kind);
        }
        lexCache.set(file, { text, records: imports });
      } else if (!imports) {
        imports = entry!.records.map((r) => withResolution(r, file, index.resolver.resolve(file, r.specifier, r.kind)));
      }
      index.byFile.set(file, imports);
    }
    return index;
  }

  /** Files that were indexed (the tree's source files), in path order. */
  files(): RelPath[] {
    return [...this.byFile.keys()];
  }

  importsOf(file: RelPath): ResolvedImport[] {
    return this.byFile.get(file) ?? [];
  }

  /** Imports anywhere in the tree that resolve to `file`. */
  importersOf(file: RelPath): ResolvedImport[] {
    if (!this.byTarget) {
      this.byTarget = new Map();
      for (const imp of this.all()) {
        if (imp.resolved === undefined) continue;
        const list = this.byTarget.get(imp.resolved);
        if (list) list.push(imp);
        else this.byTarget.set(imp.resolved, [imp]);
      }
    }
    return this.byTarget.get(file) ?? [];
  }

  *all(): Iterable<ResolvedImport> {
    for (const list of this.byFile.values()) yield* list;
  }
}

/** Files whose JSDoc `import()` types TypeScript reads (in TypeScript files it ignores them). */
const JS_FILE = /\.[cm]?jsx?$/;

/** A fixed-shape copy (spreading records into varying shapes was the index's main GC cost). */
function withResolution(r: ImportRecord, file: RelPath, resolved: RelPath | undefined): ResolvedImport {
  return {
    kind: r.kind, specifier: r.specifier, start: r.start, end: r.end, stmtStart: r.stmtStart, stmtEnd: r.stmtEnd,
    line: r.line, column: r.column, typeOnly: r.typeOnly, defaultName: r.defaultName, namespace: r.namespace,
    names: r.names, star: r.star, file, resolved,
  };
}
