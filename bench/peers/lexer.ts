import * as ts from 'typescript';

/**
 * The floor's import lexer: the module specifiers of one file's text. Swap this for remediate's own
 * lexer (when it exists) to measure the floor remediate itself could reach.
 */
export function lexImports(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}
