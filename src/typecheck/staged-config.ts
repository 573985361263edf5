import * as path from 'node:path';
import type ts from 'typescript';
import type { Overlay } from '../workspace/overlay';
import { dirOf, type RelPath } from '../workspace/paths';
import { tsc } from '../workspace/typescript';

/** TypeScript's own matcher of `include`/`exclude` specs over a listing (internal, but exactly what `tsc` uses). */
interface Matcher {
  matchFiles(
    path: string, extensions: readonly string[] | undefined, excludes: readonly string[] | undefined, includes: readonly string[] | undefined,
    useCaseSensitiveFileNames: boolean, currentDirectory: string, depth: number | undefined,
    getFileSystemEntries: (path: string) => { files: readonly string[]; directories: readonly string[] }, realpath: (path: string) => string,
  ): string[];
}

/**
 * Reads tsconfig files as they are in the staged tree (`extends` included), with their file sets
 * listed from the staged tree: a file a phase moved into `src/` is a root file of the project after it.
 * Each config is parsed once per staged tree.
 */
export class StagedConfigs {
  private readonly parsed = new Map<string, ts.ParsedCommandLine | undefined>();
  private listing: Map<RelPath, { files: string[]; directories: string[] }> | undefined;

  constructor(
    private readonly overlay: Overlay,
    private readonly readFile: (abs: string) => string | undefined,
  ) {}

  /** The parsed tsconfig at `abs`, or undefined when it does not exist; its errors are in `errors`. */
  parse(abs: string): ts.ParsedCommandLine | undefined {
    if (this.parsed.has(abs)) return this.parsed.get(abs);
    const text = this.readFile(abs);
    let result: ts.ParsedCommandLine | undefined;
    if (text !== undefined) {
      const file = tsc.parseJsonText(abs, text);
      const host: ts.ParseConfigHost = {
        useCaseSensitiveFileNames: true,
        readDirectory: (dir, extensions, excludes, includes, depth) => this.readDirectory(dir, extensions, excludes, includes, depth),
        fileExists: (f) => this.readFile(f) !== undefined,
        readFile: this.readFile,
      };
      result = tsc.parseJsonSourceFileConfigFileContent(file, host, path.dirname(abs), undefined, abs);
      const syntax = (file as unknown as { parseDiagnostics: readonly ts.Diagnostic[] }).parseDiagnostics;
      if (syntax.length) result.errors = [...syntax, ...result.errors];
    }
    this.parsed.set(abs, result);
    return result;
  }

  private readDirectory(dir: string, extensions: readonly string[], excludes: readonly string[] | undefined, includes: readonly string[], depth?: number): string[] {
    const root = this.overlay.root;
    const entries = (abs: string) => {
      const rel = abs === root ? '' : abs.startsWith(`${root}/`) ? abs.slice(root.length + 1) : undefined;
      return (rel === undefined ? undefined : this.children().get(rel)) ?? { files: [], directories: [] };
    };
    return (tsc as unknown as Matcher).matchFiles(dir, extensions, excludes, includes, true, root, depth, entries, (p) => p);
  }

  /** Each folder of the staged tree: its files and subfolders by name. */
  private children(): Map<RelPath, { files: string[]; directories: string[] }> {
    if (this.listing) return this.listing;
    const listing = new Map<RelPath, { files: string[]; directories: string[] }>();
    const entry = (dir: RelPath) => {
      let e = listing.get(dir);
      if (!e) listing.set(dir, (e = { files: [], directories: [] }));
      return e;
    };
    const seen = new Set<RelPath>(['']);
    for (const f of this.overlay.files()) {
      const dir = dirOf(f);
      entry(dir).files.push(baseOf(f));
      // Record each folder in its parent once, walking up until a folder already seen.
      for (let d = dir; !seen.has(d); d = dirOf(d)) {
        seen.add(d);
        entry(dirOf(d)).directories.push(baseOf(d));
      }
    }
    this.listing = listing;
    return listing;
  }
}

function baseOf(p: RelPath): string {
  return p.slice(p.lastIndexOf('/') + 1);
}
