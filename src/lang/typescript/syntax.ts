import type ts from 'typescript';
import { tsc } from '../../workspace/typescript';
import type { RelPath } from '../../workspace/paths';

/** The first syntax error of a file as `line:column message`, or undefined when it parses. */
export function syntaxError(file: RelPath, text: string): string | undefined {
  // JSDoc is not syntax: skipping it makes the check markedly cheaper on commented code.
  const options = { languageVersion: tsc.ScriptTarget.Latest, jsDocParsingMode: tsc.JSDocParsingMode.ParseNone };
  const sf = tsc.createSourceFile(file, text, options, false, scriptKind(file));
  // parseDiagnostics is internal, but it is exactly "does this file parse", without a Program.
  const diags = (sf as unknown as { parseDiagnostics: readonly ts.Diagnostic[] }).parseDiagnostics;
  const d = diags[0];
  if (!d) return undefined;
  const { line, character } = sf.getLineAndCharacterOfPosition(d.start ?? 0);
  return `${line + 1}:${character + 1} ${tsc.flattenDiagnosticMessageText(d.messageText, ' ')}`;
}

function scriptKind(file: RelPath): ts.ScriptKind {
  if (file.endsWith('.tsx')) return tsc.ScriptKind.TSX;
  if (file.endsWith('.jsx')) return tsc.ScriptKind.JSX;
  if (/\.[cm]?js$/.test(file)) return tsc.ScriptKind.JS;
  if (file.endsWith('.json')) return tsc.ScriptKind.JSON;
  return tsc.ScriptKind.TS;
}
