import { languageOf, type Language } from '../lang';
import { typescript } from '../lang/typescript';
import type { TypeScriptReferences } from '../lang/typescript/references';
import type { CodeBase, ModuleReferences } from '../lang/types';
import type { ImportRecord, LexedImport } from './lexer';
import type { RelPath } from './paths';
import type { ModuleResolver } from './resolver';

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

/** Every module reference of the tree, in every language, forwards (file → imports) and backwards (file → importers). */
export class ImportIndex {
  private readonly byFile = new Map<RelPath, ResolvedImport[]>();
  /** Built on the first importersOf: the validator never asks, the codemods do. */
  private byTarget: Map<RelPath, ResolvedImport[]> | undefined;

  private constructor(
    private readonly base: CodeBase,
    /** Each language's references of this layout, made when its first file is indexed. */
    private readonly refs: Map<Language, ModuleReferences>,
  ) {}

  /**
   * Lexes every source file of the tree (cached by text) and resolves every reference. `previous`, an
   * index of the same layout (same files, same resolution), lends its resolvers and its resolved
   * imports of every file whose text has not changed since.
   */
  static build(base: CodeBase, lexCache: LexCache, previous?: ImportIndex): ImportIndex {
    const index = new ImportIndex(base, new Map(previous?.refs));
    const { overlay } = base;
    let lastLang: Language | undefined;
    let refs: ModuleReferences | undefined;
    for (const file of overlay.files()) {
      const lang = languageOf(file);
      if (lang === undefined || !base.isCode(file)) continue;
      if (lang !== lastLang) (lastLang = lang), (refs = index.referencesOf(lang));
      const text = overlay.read(file);
      let entry = lexCache.get(file);
      let imports = entry?.text === text ? previous?.byFile.get(file) : undefined;
      if (!imports && (!entry || entry.text !== text)) {
        imports = refs!.lex(file, text);
        lexCache.set(file, { text, records: imports });
      } else if (!imports) {
        imports = entry!.records.map((r) => withResolution(r, file, refs!.resolve(r)));
      }
      index.byFile.set(file, refs!.keep(imports));
    }
    return index;
  }

  /** A language's references of this layout (its resolver). */
  referencesOf(lang: Language): ModuleReferences {
    let refs = this.refs.get(lang);
    if (!refs) this.refs.set(lang, (refs = lang.references(this.base)));
    return refs;
  }

  /** TypeScript's module resolver for this layout (the TypeScript codemods resolve through it). */
  get resolver(): ModuleResolver {
    return (this.referencesOf(typescript) as TypeScriptReferences).resolver;
  }

  /** Why an import that resolves to no file is broken, or undefined when it is fine (resolved, or a package). */
  brokenReason(imp: ResolvedImport): string | undefined {
    if (imp.resolved !== undefined) return undefined;
    const lang = languageOf(imp.file);
    return lang && this.referencesOf(lang).brokenReason(imp);
  }

  /** Files that were indexed (the tree's source files), in path order. */
  files(): RelPath[] {
    return [...this.byFile.keys()];
  }

  importsOf(file: RelPath): ResolvedImport[] {
    return this.byFile.get(file) ?? [];
  }

  /** A file's references the validator counts as dependencies (its language's `dependencies`: one per imported module). */
  dependenciesOf(file: RelPath): ResolvedImport[] {
    const imports = this.byFile.get(file);
    if (!imports || imports.length === 0) return [];
    const lang = languageOf(file);
    return lang ? this.referencesOf(lang).dependencies(imports) : imports;
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


/** A fixed-shape copy (spreading records into varying shapes was the index's main GC cost). */
function withResolution(r: ImportRecord, file: RelPath, resolved: RelPath | undefined): ResolvedImport {
  return {
    kind: r.kind, specifier: r.specifier, start: r.start, end: r.end, stmtStart: r.stmtStart, stmtEnd: r.stmtEnd,
    line: r.line, column: r.column, typeOnly: r.typeOnly, defaultName: r.defaultName, namespace: r.namespace,
    names: r.names, star: r.star, file, resolved,
  };
}
