import * as path from 'node:path';
import type ts from 'typescript';
import { toPosix, type RelPath } from '../workspace/paths';
import { tsc } from '../workspace/typescript';

/** One TypeScript diagnostic as the gate compares and reports it. */
export interface TypeDiagnostic {
  /** Root-relative file; '' for a diagnostic of no file (compiler options, missing globals). */
  file: RelPath;
  /** 1-based; 0 when the diagnostic has no file. */
  line: number;
  column: number;
  code: number;
  /** The message chain on one line. */
  message: string;
  /** The tsconfig whose program reported it ('' for a code base without one). */
  project: RelPath;
}

/** A compiler diagnostic made root-relative (its file and the paths its message names), its message chain joined on one line. */
export function toTypeDiagnostic(d: ts.Diagnostic, root: string, project: RelPath): TypeDiagnostic {
  // Paths in messages ("File '/abs/x.ts' is not a module") are made root-relative like the file's own.
  const message = tsc.flattenDiagnosticMessageText(d.messageText, '\n').replace(/\n\s*/g, ' ').split(`${root}/`).join('');
  if (!d.file) return { file: '', line: 0, column: 0, code: d.code, message, project };
  const { line, character } = d.start === undefined ? { line: -1, character: -1 } : d.file.getLineAndCharacterOfPosition(d.start);
  return { file: toPosix(path.relative(root, d.file.fileName)), line: line + 1, column: character + 1, code: d.code, message, project };
}
