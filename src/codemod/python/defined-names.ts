import { lexPythonImports } from '../../lang/python/imports';
import { PyScanner, PyTok } from '../../lang/python/scanner';

/**
 * The names a module defines at its top level: `def`/`class` statements, assignment targets
 * (`X = …`, `X: T = …`, `A, B = …`) and import bindings. Undefined when a star import leaves the
 * answer open. Found with the tokenizer: statements at indentation 0 only.
 */
export function definedNames(text: string): Set<string> | undefined {
  const names = new Set<string>();
  for (const imp of lexPythonImports(text).imports) {
    if (imp.star) return undefined;
    if (imp.kind === 'import') names.add(imp.namespace ?? imp.specifier.split('.', 1)[0]);
    for (const n of imp.names ?? []) names.add(n.alias ?? n.name);
  }
  const s = new PyScanner();
  s.setText(text);
  for (s.next(); s.kind !== PyTok.EOF; ) {
    if (!s.lineStart || s.indent !== 0 || s.kind !== PyTok.Name) {
      s.next();
      continue;
    }
    if (s.isWord('async')) s.next();
    if (s.isWord('def') || s.isWord('class')) {
      s.next();
      if (s.kind === PyTok.Name) names.add(text.slice(s.start, s.end));
      s.next();
      continue;
    }
    assignmentTargets(s, names);
  }
  return names;
}

/** `A = …`, `A: T = …`, `A, B = …`: adds the targets and moves past them. */
function assignmentTargets(s: PyScanner, names: Set<string>): void {
  const targets: string[] = [];
  while (s.kind === PyTok.Name) {
    targets.push(s.text.slice(s.start, s.end));
    s.next();
    if (!s.isOp(44 /* , */)) break;
    s.next();
  }
  if (s.isOp(58 /* : */) || (s.isOp(61 /* = */) && !isComparison(s))) for (const t of targets) names.add(t);
  s.next();
}

function isComparison(s: PyScanner): boolean {
  return s.text.charCodeAt(s.end) === 61;
}
