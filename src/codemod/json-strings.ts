import type ts from 'typescript';
import { tsc } from '../workspace/typescript';

/** One string value of a JSON (or JSONC) document, with where it sits. */
export interface JsonString {
  /** The keys and indexes from the document's root to the value. */
  path: (string | number)[];
  value: string;
  /** Offsets of the literal, quotes included. */
  start: number;
  end: number;
  /** 1-based line of the literal. */
  line: number;
}

/**
 * Every string value of a JSON document (comments and trailing commas allowed, as in tsconfig), with
 * its offsets, so one can be replaced in place and the rest of the text, formatting included, kept.
 * Undefined when the text does not parse.
 */
export function jsonStrings(fileName: string, text: string): JsonString[] | undefined {
  const sf = tsc.parseJsonText(fileName, text);
  if ((sf as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics.length) return undefined;
  const out: JsonString[] = [];
  const root = sf.statements[0]?.expression;
  if (root) collect(sf, root, [], out);
  return out;
}

function collect(sf: ts.JsonSourceFile, node: ts.Node, path: (string | number)[], out: JsonString[]): void {
  const K = tsc.SyntaxKind;
  if (node.kind === K.StringLiteral) {
    const start = node.getStart(sf);
    out.push({ path, value: (node as ts.StringLiteral).text, start, end: node.end, line: sf.getLineAndCharacterOfPosition(start).line + 1 });
  } else if (node.kind === K.ArrayLiteralExpression) {
    (node as ts.ArrayLiteralExpression).elements.forEach((el, i) => collect(sf, el, [...path, i], out));
  } else if (node.kind === K.ObjectLiteralExpression) {
    for (const prop of (node as ts.ObjectLiteralExpression).properties) {
      if (prop.kind !== K.PropertyAssignment) continue;
      const { name, initializer } = prop as ts.PropertyAssignment;
      collect(sf, initializer, [...path, (name as ts.StringLiteral | ts.Identifier).text], out);
    }
  }
}
