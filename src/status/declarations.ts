import ts from 'typescript';
import type { DeclarationKind } from '../plan/types';

/** A top-level declaration of a file: its name and kind. */
export interface Declared {
  name: string;
  kind: DeclarationKind;
}

/** The names a file declares at its top level (not what it imports or re-exports). */
export function topLevelDeclarations(file: string, text: string): Declared[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: Declared[] = [];
  for (const s of sf.statements) {
    if (ts.isInterfaceDeclaration(s)) out.push({ name: s.name.text, kind: 'interface' });
    else if (ts.isTypeAliasDeclaration(s)) out.push({ name: s.name.text, kind: 'type' });
    else if (ts.isEnumDeclaration(s)) out.push({ name: s.name.text, kind: 'enum' });
    else if (ts.isClassDeclaration(s) && s.name) out.push({ name: s.name.text, kind: 'class' });
    else if (ts.isFunctionDeclaration(s) && s.name) out.push({ name: s.name.text, kind: 'function' });
    else if (ts.isVariableStatement(s)) {
      for (const d of s.declarationList.declarations) if (ts.isIdentifier(d.name)) out.push({ name: d.name.text, kind: 'const' });
    }
  }
  return out;
}
