import { tsc } from '../workspace/typescript';
import type { DeclarationKind } from '../plan/types';

/** A top-level declaration of a file: its name and kind. */
export interface Declared {
  name: string;
  kind: DeclarationKind;
}

/** The names a file declares at its top level (not what it imports or re-exports). */
export function topLevelDeclarations(file: string, text: string): Declared[] {
  const sf = tsc.createSourceFile(file, text, tsc.ScriptTarget.Latest, false, file.endsWith('x') ? tsc.ScriptKind.TSX : tsc.ScriptKind.TS);
  const out: Declared[] = [];
  for (const s of sf.statements) {
    if (tsc.isInterfaceDeclaration(s)) out.push({ name: s.name.text, kind: 'interface' });
    else if (tsc.isTypeAliasDeclaration(s)) out.push({ name: s.name.text, kind: 'type' });
    else if (tsc.isEnumDeclaration(s)) out.push({ name: s.name.text, kind: 'enum' });
    else if (tsc.isClassDeclaration(s) && s.name) out.push({ name: s.name.text, kind: 'class' });
    else if (tsc.isFunctionDeclaration(s) && s.name) out.push({ name: s.name.text, kind: 'function' });
    else if (tsc.isVariableStatement(s)) {
      for (const d of s.declarationList.declarations) if (tsc.isIdentifier(d.name)) out.push({ name: d.name.text, kind: 'const' });
    }
  }
  return out;
}
