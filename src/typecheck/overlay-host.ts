import * as path from 'node:path';
import type ts from 'typescript';
import type { Overlay } from '../workspace/overlay';
import type { RelPath } from '../workspace/paths';
import { tsc } from '../workspace/typescript';
import type { SourceCache } from './source-cache';

/**
 * A CompilerHost over the staged tree, with no temporary copy: the code base's files come from the
 * overlay (a file a phase moved away or deleted does not exist, a staged one does, with its staged
 * text); what the overlay does not list (TypeScript's lib files, node_modules, git-ignored output)
 * comes from the disk through `ts.sys`. Project references resolve to the referenced projects' sources,
 * as editors resolve them, so nothing needs to be built first.
 */
export function overlayHost(overlay: Overlay, options: ts.CompilerOptions, cache: SourceCache, parseConfig: (abs: string) => ts.ParsedCommandLine | undefined): ts.CompilerHost {
  const sys = tsc.sys;
  const prefix = `${overlay.root}/`;
  const relOf = (abs: string): RelPath | undefined => (abs.startsWith(prefix) ? abs.slice(prefix.length) : undefined);
  const readFile = stagedReader(overlay);
  const fileExists = (abs: string): boolean => {
    const rel = relOf(abs);
    if (rel !== undefined && (overlay.exists(rel) || overlay.onDisk(rel))) return overlay.exists(rel);
    return sys.fileExists(abs);
  };
  // `useSourceOfProjectReferenceRedirect` is what editors' hosts say (internal on a CompilerHost, read by createProgram).
  const host: ts.CompilerHost & { useSourceOfProjectReferenceRedirect(): boolean } = {
    getSourceFile: (fileName, languageVersion) => {
      const text = readFile(fileName);
      return text === undefined ? undefined : cache.get(fileName, text, languageVersion);
    },
    getDefaultLibFileName: (opts) => tsc.getDefaultLibFilePath(opts),
    getDefaultLibLocation: () => path.dirname(tsc.getDefaultLibFilePath(options)),
    writeFile: () => undefined,
    getCurrentDirectory: () => overlay.root,
    getCanonicalFileName: (f) => (sys.useCaseSensitiveFileNames ? f : f.toLowerCase()),
    useCaseSensitiveFileNames: () => sys.useCaseSensitiveFileNames,
    getNewLine: () => '\n',
    fileExists,
    readFile,
    directoryExists: (abs) => {
      const rel = relOf(abs);
      return (rel !== undefined && overlay.isDir(rel)) || sys.directoryExists(abs);
    },
    getDirectories: (abs) => sys.getDirectories(abs),
    realpath: (abs) => {
      const rel = relOf(abs);
      return rel !== undefined && overlay.exists(rel) ? abs : sys.realpath?.(abs) ?? abs;
    },
    useSourceOfProjectReferenceRedirect: () => true,
    getParsedCommandLine: parseConfig,
  };
  return host;
}

/** Reads a file as the staged tree has it: staged text, nothing for a file moved away, else the disk. */
export function stagedReader(overlay: Overlay): (abs: string) => string | undefined {
  const prefix = `${overlay.root}/`;
  return (abs) => {
    const rel = abs.startsWith(prefix) ? abs.slice(prefix.length) : undefined;
    if (rel !== undefined && overlay.exists(rel)) return overlay.read(rel);
    return rel !== undefined && overlay.onDisk(rel) ? undefined : tsc.sys.readFile(abs);
  };
}
