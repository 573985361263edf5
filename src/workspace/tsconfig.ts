import * as path from 'node:path';
import ts from 'typescript';
import { StateError } from '../errors';
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

/** Reads `<root>/tsconfig.json` (with `extends`) as TypeScript does; defaults when there is none. */
export function readModuleSettings(root: string, readFile: (abs: string) => string | undefined): ModuleSettings {
  const file = path.join(root, 'tsconfig.json');
  const text = readFile(file);
  if (text === undefined) return { options: { moduleResolution: ts.ModuleResolutionKind.Bundler, allowJs: true }, paths: [], esmExtensions: false };
  const json = ts.parseConfigFileTextToJson(file, text);
  if (json.error) throw new StateError(`cannot read ${file}: ${ts.flattenDiagnosticMessageText(json.error.messageText, '\n')}`);
  const host: ts.ParseConfigHost = {
    useCaseSensitiveFileNames: true,
    readDirectory: () => [],
    fileExists: (f) => readFile(f) !== undefined,
    readFile,
  };
  const parsed = ts.parseJsonConfigFileContent(json.config, host, root, { noEmit: true }, file);
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
    esmExtensions: kind === ts.ModuleResolutionKind.Node16 || kind === ts.ModuleResolutionKind.NodeNext,
  };
}

/** TypeScript's default moduleResolution for a `module` setting. */
function defaultResolution(module: ts.ModuleKind | undefined): ts.ModuleResolutionKind {
  if (module === ts.ModuleKind.Node16 || module === ts.ModuleKind.Node18) return ts.ModuleResolutionKind.Node16;
  if (module === ts.ModuleKind.NodeNext) return ts.ModuleResolutionKind.NodeNext;
  if (module === ts.ModuleKind.Preserve) return ts.ModuleResolutionKind.Bundler;
  return ts.ModuleResolutionKind.Node10;
}
