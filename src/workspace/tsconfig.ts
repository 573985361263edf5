import * as path from 'node:path';
import type ts from 'typescript';
import { tsc } from './typescript';
import { StateError } from '../errors';
import { codeStamp, keep, keptKey, readKept } from './kept';
import { toPosix, type RelPath } from './paths';

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
 * Reads `<root>/tsconfig.json` (with `extends`) as TypeScript does; defaults when there is none.
 *
 * The settings are kept between runs (kept.ts) with every file TypeScript read or looked for while
 * making them, and what it found: when each still reads the same, the kept settings are the ones
 * TypeScript would make, and TypeScript itself (a seventh of a 10k-file verify to load) is not loaded.
 */
export function readModuleSettings(root: string, readFile: (abs: string) => string | undefined): ModuleSettings {
  const key = keptKey(root, codeIdentity());
  const kept = key === undefined ? undefined : (readKept('tsconfig', key) as KeptSettings | undefined);
  if (kept && Array.isArray(kept.reads) && kept.reads.every(([f, text]) => (readFile(f) ?? null) === text)) return kept.settings;
  const reads = new Map<string, string | null>();
  const settings = parseModuleSettings(root, (f) => {
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
  settings: ModuleSettings;
}

let identity: string | undefined;

/** This reader and the TypeScript that parses for it. */
function codeIdentity(): string {
  identity ??= codeStamp([__filename, require.resolve('typescript')]);
  return identity;
}

function parseModuleSettings(root: string, readFile: (abs: string) => string | undefined): ModuleSettings {
  const file = path.join(root, 'tsconfig.json');
  const text = readFile(file);
  if (text === undefined) return { options: { moduleResolution: tsc.ModuleResolutionKind.Bundler, allowJs: true }, paths: [], esmExtensions: false };
  const json = tsc.parseConfigFileTextToJson(file, text);
  if (json.error) throw new StateError(`cannot read ${file}: ${tsc.flattenDiagnosticMessageText(json.error.messageText, '\n')}`);
  const host: ts.ParseConfigHost = {
    useCaseSensitiveFileNames: true,
    readDirectory: () => [],
    fileExists: (f) => readFile(f) !== undefined,
    readFile,
  };
  const parsed = tsc.parseJsonConfigFileContent(json.config, host, root, { noEmit: true }, file);
  const options = { ...parsed.options, allowJs: true, resolveJsonModule: true };
  const baseAbs = options.baseUrl ?? (options.paths ? (options as { pathsBasePath?: string }).pathsBasePath ?? root : undefined);
  const rel = (abs: string) => toPosix(path.relative(root, abs));
  const kind = options.moduleResolution ?? defaultResolution(options.module);
  return {
    options,
    baseUrl: options.baseUrl ? rel(options.baseUrl) : undefined,
    paths: Object.entries(options.paths ?? {}).map(([pattern, targets]) => ({
      pattern,
      targets: targets.map((t) => rel(path.resolve(baseAbs ?? root, t))),
    })),
    esmExtensions: kind === tsc.ModuleResolutionKind.Node16 || kind === tsc.ModuleResolutionKind.NodeNext,
  };
}

/** TypeScript's default moduleResolution for a `module` setting. */
function defaultResolution(module: ts.ModuleKind | undefined): ts.ModuleResolutionKind {
  if (module === tsc.ModuleKind.Node16 || module === tsc.ModuleKind.Node18) return tsc.ModuleResolutionKind.Node16;
  if (module === tsc.ModuleKind.NodeNext) return tsc.ModuleResolutionKind.NodeNext;
  if (module === tsc.ModuleKind.Preserve) return tsc.ModuleResolutionKind.Bundler;
  return tsc.ModuleResolutionKind.Node10;
}
