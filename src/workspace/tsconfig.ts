import * as path from 'node:path';
import type ts from 'typescript';
import { tsc } from './typescript';
import { StateError } from '../errors';
import { codeStamp, keep, keptKey, readKept } from './kept';
import { toPosix, type RelPath } from './paths';
import { readTsSettings, type TsSettings } from './ts-projects';

/** The compiler options that decide how the code base's specifiers resolve and are written. */
export interface ModuleSettings {
  options: ts.CompilerOptions;
  /** Root-relative baseUrl, when the tsconfig sets one. */
  baseUrl?: RelPath;
  /** `paths` patterns with their targets made root-relative (`@app/*` → [`src/app/*`]). */
  paths: { pattern: string; targets: RelPath[] }[];
  /** Whether relative specifiers carry `.js` (NodeNext/Node16 resolution). */
  esmExtensions: boolean;
}

/**
 * One tsconfig's file set as TypeScript states it: the listed `files`, and the `include` and `exclude`
 * specs compiled by TypeScript itself to regular expressions over absolute paths (kept as sources).
 */
export interface FileSet {
  /** Root-relative files of `files`. */
  files: RelPath[];
  /** Undefined when the tsconfig includes nothing by pattern (`"files": [...]` alone, a solution file). */
  include?: string;
  exclude?: string;
  /** The extensions a pattern takes (`.ts`, `.tsx`, `.d.ts`, and the JavaScript ones with allowJs). */
  extensions: string[];
}

/** One project of the code base: a tsconfig, its settings, the file set it owns and the projects it references. */
export interface TsProject extends ModuleSettings {
  /** Root-relative path of the tsconfig. */
  config: RelPath;
  fileSet: FileSet;
  /** Output folders (root-relative), to map a workspace package's built entry back to its sources. */
  outDir?: RelPath;
  rootDir?: RelPath;
  references: RelPath[];
}

/**
 * Reads the TypeScript settings of the code base as TypeScript does (`extends` included): the root
 * `tsconfig.json`, every `tsconfig.json` among `listed` and every project they reference, with the
 * workspace packages `listed`'s manifests declare. Defaults when there is no tsconfig.
 *
 * The settings are kept between runs (kept.ts) with every file TypeScript read or looked for while
 * making them, and what it found: when each still reads the same (and the same configs and manifests
 * are listed), the kept settings are the ones TypeScript would make, and TypeScript itself (a seventh
 * of a 10k-file verify to load) is not loaded.
 */
export function readModuleSettings(root: string, readFile: (abs: string) => string | undefined, listed: RelPath[] = []): TsSettings {
  const key = keptKey(root, codeIdentity(), listed.join('\n'));
  const kept = key === undefined ? undefined : (readKept('tsconfig', key) as KeptSettings | undefined);
  if (kept && Array.isArray(kept.reads) && kept.reads.every(([f, text]) => (readFile(f) ?? null) === text)) return kept.settings;
  const reads = new Map<string, string | null>();
  const settings = readTsSettings(root, listed, (f) => {
    const text = readFile(f);
    if (!reads.has(f)) reads.set(f, text ?? null);
    return text;
  });
  if (key !== undefined) keep('tsconfig', key, { reads: [...reads], settings } satisfies KeptSettings);
  return settings;
}

/** Settings with what they were made from: each file asked for, and its text (null: it did not exist). */
interface KeptSettings {
  reads: [string, string | null][];
  settings: TsSettings;
}

let identity: string | undefined;

/** This reader (with the modules that gather projects and packages) and the TypeScript that parses for it. */
function codeIdentity(): string {
  identity ??= codeStamp([__filename, require.resolve('./ts-projects'), require.resolve('./workspace-packages'), require.resolve('typescript')]);
  return identity;
}

/** The settings of a code base without a tsconfig. */
export function defaultSettings(): ModuleSettings {
  return { options: { moduleResolution: tsc.ModuleResolutionKind.Bundler, allowJs: true }, paths: [], esmExtensions: false };
}

/** Parses one tsconfig (root-relative `config`); undefined when it does not exist. */
export function parseProject(root: string, config: RelPath, readFile: (abs: string) => string | undefined): TsProject | undefined {
  const file = path.join(root, config);
  const text = readFile(file);
  if (text === undefined) return undefined;
  const sf = tsc.parseJsonText(file, text);
  const error = (sf as unknown as { parseDiagnostics: readonly ts.Diagnostic[] }).parseDiagnostics[0];
  if (error) throw new StateError(`cannot read ${file}: ${tsc.flattenDiagnosticMessageText(error.messageText, '\n')}`);
  const host: ts.ParseConfigHost = { useCaseSensitiveFileNames: true, readDirectory: () => [], fileExists: (f) => readFile(f) !== undefined, readFile };
  const dir = path.dirname(file);
  const parsed = tsc.parseJsonSourceFileConfigFileContent(sf, host, dir, { noEmit: true }, file);
  const { configFile, ...own } = parsed.options;
  const options = { ...own, allowJs: true, resolveJsonModule: true };
  const rel = (abs: string) => toPosix(path.relative(root, abs));
  const baseAbs = options.baseUrl ?? (options.paths ? (options as { pathsBasePath?: string }).pathsBasePath ?? dir : undefined);
  const kind = options.moduleResolution ?? defaultResolution(options.module);
  return {
    options,
    baseUrl: options.baseUrl ? rel(options.baseUrl) : undefined,
    paths: Object.entries(options.paths ?? {}).map(([pattern, targets]) => ({ pattern, targets: targets.map((t) => rel(path.resolve(baseAbs ?? dir, t))) })),
    esmExtensions: kind === tsc.ModuleResolutionKind.Node16 || kind === tsc.ModuleResolutionKind.NodeNext,
    config,
    fileSet: fileSetOf(dir, own, (configFile as { configFileSpecs?: ConfigFileSpecs } | undefined)?.configFileSpecs, rel),
    outDir: own.outDir ? rel(own.outDir) : undefined,
    rootDir: own.rootDir ? rel(own.rootDir) : undefined,
    references: (parsed.projectReferences ?? []).map((r) => rel(/\.json$/.test(r.path) ? r.path : path.join(r.path, 'tsconfig.json'))),
  };
}

/** TypeScript's own record of a tsconfig's `files`, `include` and `exclude` (internal, but exactly what `tsc` matches). */
interface ConfigFileSpecs {
  validatedFilesSpec?: readonly string[];
  validatedIncludeSpecs?: readonly string[];
  validatedExcludeSpecs?: readonly string[];
}

function fileSetOf(dir: string, options: ts.CompilerOptions, specs: ConfigFileSpecs | undefined, rel: (abs: string) => RelPath): FileSet {
  // Both internal, but exactly what `tsc` matches a file set with.
  const internal = tsc as unknown as {
    getFileMatcherPatterns(p: string, ex: readonly string[] | undefined, inc: readonly string[] | undefined, cs: boolean, cwd: string): { includeFilePattern?: string; excludePattern?: string };
    getSupportedExtensions(options: ts.CompilerOptions): readonly (readonly string[])[];
  };
  const includes = specs?.validatedIncludeSpecs;
  const patterns = includes?.length ? internal.getFileMatcherPatterns(dir, specs?.validatedExcludeSpecs, includes, true, dir) : undefined;
  return {
    files: (specs?.validatedFilesSpec ?? []).map((f) => rel(path.resolve(dir, f))),
    include: patterns?.includeFilePattern,
    exclude: patterns?.excludePattern,
    extensions: internal.getSupportedExtensions(options).flat(),
  };
}

/** TypeScript's default moduleResolution for a `module` setting. */
function defaultResolution(module: ts.ModuleKind | undefined): ts.ModuleResolutionKind {
  if (module === tsc.ModuleKind.Node16 || module === tsc.ModuleKind.Node18) return tsc.ModuleResolutionKind.Node16;
  if (module === tsc.ModuleKind.NodeNext) return tsc.ModuleResolutionKind.NodeNext;
  if (module === tsc.ModuleKind.Preserve) return tsc.ModuleResolutionKind.Bundler;
  return tsc.ModuleResolutionKind.Node10;
}
