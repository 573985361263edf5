import * as path from 'node:path';
import { ts } from 'ts-morph';
import { StateError } from '../errors';
import { stripSourceExt, type RelPath } from '../workspace/paths';
import type { Edit } from './text-edits';

/** What one namespace import of the source needs to know. */
export interface NamespaceSite {
  file: RelPath;
  sf: ts.SourceFile;
  checker: ts.TypeChecker;
  decl: ts.ImportDeclaration;
  source: RelPath;
  to: RelPath;
  movedNames: Set<string>;
  /** The namespace import line for the target, given the name it binds. */
  lineFor: (name: string) => string;
  /** The edit that repoints the declaration itself to the target. */
  repoint: Edit;
  eol: string;
}

/**
 * Keeps `import * as b from './source'` working when some of `b.X` moved. When every member the file
 * uses moved, the import is repointed; otherwise a second namespace import of the target is added
 * and each moved member's access is rewritten to it (`b.X` → `auditSchemas.X`). A namespace used as
 * a whole (passed around, spread) cannot be split: that is refused, with `reexport: true` as the way out.
 */
export function namespaceEdits(site: NamespaceSite): Edit[] {
  const ns = (site.decl.importClause?.namedBindings as ts.NamespaceImport).name;
  const uses = memberUses(site.sf, site.checker, ns);
  const whole = uses.find((u) => u.member === undefined);
  if (whole) {
    const { line } = site.sf.getLineAndCharacterOfPosition(whole.id.getStart(site.sf));
    throw new StateError(`${site.file}:${line + 1} uses namespace ${ns.text} of ${site.source} as a whole, which a split changes; set reexport: true to keep it working`);
  }
  const moved = uses.filter((u) => site.movedNames.has(u.member as string));
  if (!moved.length) return [];
  if (moved.length === uses.length && !site.decl.importClause?.name) return [site.repoint];
  const name = freshName(site.sf.getFullText(), site.to);
  const at = site.decl.getEnd();
  return [{ start: at, end: at, text: site.eol + site.lineFor(name) }, ...moved.map((u) => ({ start: u.id.getStart(site.sf), end: u.id.getEnd(), text: name }))];
}

/** Every use of the namespace binding, with the member it reads (`b.X`, or `b.X` in a type). */
function memberUses(sf: ts.SourceFile, checker: ts.TypeChecker, ns: ts.Identifier): { id: ts.Identifier; member?: string }[] {
  const target = checker.getSymbolAtLocation(ns);
  const out: { id: ts.Identifier; member?: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && node !== ns && node.text === ns.text && checker.getSymbolAtLocation(node) === target) {
      const p = node.parent;
      if (ts.isPropertyAccessExpression(p) && p.expression === node) out.push({ id: node, member: p.name.text });
      else if (ts.isQualifiedName(p) && p.left === node) out.push({ id: node, member: p.right.text });
      else out.push({ id: node });
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(sf, visit);
  return out;
}

/** `schemas/audit_schemas.ts` → `auditSchemas`, numbered when the file already uses the word. */
function freshName(text: string, to: RelPath): string {
  const words = path.posix.basename(stripSourceExt(to)).split(/[^A-Za-z0-9]+/).filter(Boolean);
  let base = words.map((w, i) => (i === 0 ? w[0].toLowerCase() : w[0].toUpperCase()) + w.slice(1)).join('') || 'moved';
  if (/^\d/.test(base)) base = `_${base}`;
  for (let i = 1; ; i++) {
    const name = i === 1 ? base : `${base}${i}`;
    if (!new RegExp(`\\b${name}\\b`).test(text)) return name;
  }
}
