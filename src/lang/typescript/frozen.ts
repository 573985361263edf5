import type ts from 'typescript';
import { tsc } from '../../workspace/typescript';
import { parseHeader } from '../../header/header';
import { lexImports } from '../../workspace/lexer';
import type { FrozenView } from '../frozen-view';

let printer: ts.Printer | undefined;

/**
 * A file's code as the freeze sees it. Comments and layout are not logic, and specifiers are where
 * code lives, not what it does (a move rewrites them), so all three are set aside; what is left is
 * the syntax tree of each statement, printed.
 */
export function frozenView(file: string, text: string): FrozenView {
  const kind = /x$/.test(file) ? tsc.ScriptKind.TSX : tsc.ScriptKind.TS;
  const sf = tsc.createSourceFile(file, blankSpecifiers(text), tsc.ScriptTarget.Latest, true, kind);
  // Blanking changes only the insides of string literals, so statements keep their order and lines.
  const original = tsc.createSourceFile(file, text, tsc.ScriptTarget.Latest, true, kind);
  return {
    header: (parseHeader(text)?.entries ?? []).map((e) => `${e.key}: ${e.value}`),
    statements: sf.statements.map((s, i) => ({
      text: (printer ??= tsc.createPrinter({ removeComments: true })).printNode(tsc.EmitHint.Unspecified, s, sf),
      line: sf.getLineAndCharacterOfPosition(s.getStart(sf)).line + 1,
      source: original.statements[i]?.getText(original).split(/\r?\n/)[0].trim() ?? '',
      isImport: isImportStatement(s),
    })),
  };
}

/** Every module reference the import index knows (imports, re-exports, require, import(), mocks) becomes `""`. */
function blankSpecifiers(text: string): string {
  let out = text;
  for (const r of [...lexImports(text)].sort((a, b) => b.start - a.start)) out = out.slice(0, r.start) + '""' + out.slice(r.end);
  return out;
}

function isImportStatement(s: ts.Statement): boolean {
  if (tsc.isImportDeclaration(s)) return true;
  if (tsc.isImportEqualsDeclaration(s)) return tsc.isExternalModuleReference(s.moduleReference);
  return tsc.isExportDeclaration(s) && s.moduleSpecifier !== undefined;
}

/** How a statement that moved to another file is recognised there: an added `export` is part of moving. */
export function movedKey(text: string): string {
  return text.replace(/^export\s+/, '');
}
