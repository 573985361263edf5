import type ts from 'typescript';
import { tsc } from '../workspace/typescript';

/**
 * Parsed source files of one project, kept across its checks: a file whose path and text are unchanged
 * is handed back as the same SourceFile, which is what lets a program built with `oldProgram` reuse
 * its structure and a builder reuse its diagnostics. One cache per project, because binding a file
 * depends on the project's options (`alwaysStrict`) and TypeScript binds a SourceFile only once.
 */
export class SourceCache {
  private readonly files = new Map<string, ts.SourceFile>();
  /** A builder asks each file's version; a fresh parse gets a fresh one, a reused file keeps its own. */
  private nextVersion = 0;

  /** The SourceFile of `fileName` with `text`, parsed unless the cache holds one of that text. */
  get(fileName: string, text: string, options: ts.ScriptTarget | ts.CreateSourceFileOptions): ts.SourceFile {
    const opts = typeof options === 'object' ? options : { languageVersion: options };
    const key = `${fileName}\0${opts.languageVersion}\0${opts.impliedNodeFormat ?? ''}`;
    const hit = this.files.get(key);
    if (hit !== undefined && hit.text === text) return hit;
    const file = tsc.createSourceFile(fileName, text, opts, false);
    (file as { version?: string }).version = String(++this.nextVersion);
    this.files.set(key, file);
    return file;
  }
}
