import type ts from 'typescript';
import { tsc } from '../workspace/typescript';
import { StateError } from '../errors';
import type { RelPath } from '../workspace/paths';

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

/**
 * Refuses (StateError) when any of the files does not parse: its imports were found by a lexer, and
 * editing a file whose syntax is broken could put a specifier in the wrong place.
 */
export function assertParses(files: Iterable<{ path: RelPath; text: string }>, what: string): void {
  const bad: string[] = [];
  for (const f of files) {
    const err = syntaxError(f.path, f.text);
    if (err !== undefined) bad.push(`${f.path}:${err}`);
  }
  if (bad.length === 0) return;
  const list = bad.slice(0, 5).join('; ') + (bad.length > 5 ? `; and ${bad.length - 5} more` : '');
  throw new StateError(`${what}: ${bad.length === 1 ? 'a file it must edit does not parse' : `${bad.length} files it must edit do not parse`}: ${list}`);
}

function scriptKind(file: RelPath): ts.ScriptKind {
  if (file.endsWith('.tsx')) return tsc.ScriptKind.TSX;
  if (file.endsWith('.jsx')) return tsc.ScriptKind.JSX;
  if (/\.[cm]?js$/.test(file)) return tsc.ScriptKind.JS;
  if (file.endsWith('.json')) return tsc.ScriptKind.JSON;
  return tsc.ScriptKind.TS;
}
