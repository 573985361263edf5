import type { FrozenView } from './frozen-view';
import type { Header, HeaderEdit } from '../header/header';
import type { ResolvedImport } from '../workspace/import-index';
import type { ModuleMatcher } from '../workspace/module-pattern';
import type { Overlay } from '../workspace/overlay';
import type { RelPath } from '../workspace/paths';

export type LanguageId = 'typescript' | 'python';

/**
 * What a language reads of the code base besides a file's text: the staged tree and the settings
 * of the code base (a Workspace provides it; the language asks only for what it needs, lazily).
 */
export interface CodeBase {
  overlay: Overlay;
  /** False for a file of a language that is no code of the program (`sources: tsconfig` and outside every tsconfig's file set). */
  isCode(file: RelPath): boolean;
  /** A language's settings for this code base (tsconfig for TypeScript, import roots for Python), read once. */
  settingsOf<T>(language: LanguageId): T;
}

/** The module references of one tree layout: lexing and resolving, as the import index asks. */
export interface ModuleReferences {
  /** Every module reference of a file's text, with `file` and `resolved` filled in. */
  lex(file: RelPath, text: string): ResolvedImport[];
  /** What a reference lexed earlier (for a text unchanged since) resolves to in this layout. */
  resolve(ref: ResolvedImport): RelPath | undefined;
  /** A file's lexed candidates that are module references in this layout (a from-imported name is one only when it is a submodule); the list itself when all are. */
  keep(refs: ResolvedImport[]): ResolvedImport[];
  /**
   * The references the validator counts as dependencies, one per imported module: Python's
   * `from pkg import a` depends on pkg itself only for names that are not submodules. The list itself
   * when all are (the codemods keep every statement's records, to rewrite it whole).
   */
  dependencies(refs: ResolvedImport[]): ResolvedImport[];
  /** Why a reference that resolves to no file is broken, or undefined when it is external (a package). */
  brokenReason(ref: ResolvedImport): string | undefined;
}

/**
 * One language behind the seam (ESLint's languages, tree-sitter's Language): everything that differs
 * by language. Plans, operations, the gate, the validator, status, report, ledger and the writer ask
 * it, never a grammar, so a language is one folder under src/lang and one line in the registry.
 */
export interface Language {
  id: LanguageId;
  /** For messages: `TypeScript/JavaScript`, `Python`. */
  name: string;
  /** True for the files of this language whose module references the index reads. */
  isSource(file: RelPath): boolean;
  /** The settings a code base's files of this language are read with (memoised by the workspace). */
  readSettings(base: Omit<CodeBase, 'settingsOf' | 'isCode'>, options: LanguageOptions): unknown;
  /**
   * Whether a file is part of the program the language's settings describe (TypeScript: some
   * tsconfig's file set includes it); asked under `sources: tsconfig` only. A language without it
   * takes every file of its own.
   */
  inProgram?(file: RelPath, base: CodeBase): boolean;
  /** The references of the tree in its current layout (one per layout: resolution depends on the layout only). */
  references(base: CodeBase): ModuleReferences;
  /** Compiles a module pattern of the plan (LEGACY_IMPORT, ORM_RUNTIME, rewrite-imports) for this language's imports. */
  moduleMatcher(pattern: string, base: CodeBase): ModuleMatcher;
  /** What a file is imported as, tested against module patterns as an import resolving to it would be. */
  importedAs(file: RelPath, base: CodeBase): string;
  parseHeader(text: string): Header | undefined;
  editHeader(text: string, edit: HeaderEdit): string;
  /** The first syntax error of a file as `line:column message`, or undefined when it parses. */
  syntaxError(file: RelPath, text: string): string | undefined;
  /** A file's code as a freeze compares it (comments, layout and module names set aside). */
  frozenView(file: RelPath, text: string): FrozenView;
  /** How a statement that moved to another file is recognised there. */
  movedKey(statement: string): string;
  /** The barrel file of a folder (`index.ts`, `__init__.py`). */
  barrelFile(dir: RelPath): RelPath;
  /** A file's text from its bytes, when the language declares encodings (PEP 263); UTF-8 otherwise. Throws StateError naming the file when the bytes are not text in that encoding. */
  decode?(file: RelPath, bytes: Buffer): string;
  /** A file's bytes for its text, in the encoding the text declares; throws StateError naming the file and the first character it cannot hold. */
  encode?(file: RelPath, text: string): Buffer;
  /** Loads what the language needs before it can answer synchronously (a WebAssembly grammar). */
  prepare?(): Promise<void>;
}

/** What a plan says about a language (plan-format.md: `python: { roots }`, `sources`). */
export interface LanguageOptions {
  python?: { roots?: RelPath[] };
  /** `tsconfig`: files outside every tsconfig's file set are not read as code (default `all`). */
  sources?: 'all' | 'tsconfig';
}

/** What a plan says about the workspace: its languages, and the paths left out of it entirely. */
export interface WorkspaceOptions extends LanguageOptions {
  /** Root-relative globs of paths never listed, so never read as code nor edited. */
  ignore?: string[];
}
