import type { Node } from 'web-tree-sitter';
import { StateError } from '../../errors';
import { withTree } from '../../lang/python/parser';
import type { ResolvedImport } from '../../workspace/import-index';
import type { RelPath } from '../../workspace/paths';
import { eolOf, type TextEdit } from './edits';
import { targetAs, type PyImporterContext } from './importers';

/** One read of the module binding: `m.X` (member X) or `m` on its own. */
interface BindingUse {
  start: number;
  end: number;
  member?: string;
}

/**
 * A module binding of the source in an importer: `import pkg.src as m`, `import pkg.src`,
 * `from pkg import src [as m]`. When its moved members are all it is read for, an aliased import is
 * repointed; otherwise the target is imported beside it and each `m.X` of a moved X reads the
 * target's binding. A binding read on its own (passed around) cannot follow: that is refused.
 */
export function moduleBindingEdits(ctx: PyImporterContext, file: RelPath, text: string, r: ResolvedImport, imports: ResolvedImport[]): TextEdit[] {
  const site = bindingSite(ctx, text, r, imports);
  const uses = bindingUses(text, site.chain);
  const whole = uses.find((u) => u.member === undefined);
  const moved = uses.filter((u) => u.member !== undefined && ctx.movedNames.has(u.member));
  if (!moved.length) return [];
  if (whole) {
    const line = text.slice(0, whole.start).split('\n').length;
    throw new StateError(`${file}:${line} uses module ${site.chain} (${ctx.sourceName}) as a whole, which a split changes; set reexport: true to keep it working`);
  }
  if (r.kind === 'import' && r.namespace !== undefined && moved.length === uses.length) {
    return [{ start: r.start, end: r.end, text: ctx.targetName }];
  }
  const name = site.dotted ? ctx.targetName : freshName(text, ctx.targetName.split('.').pop()!);
  const lineStart = text.lastIndexOf('\n', r.stmtStart - 1) + 1;
  const indent = text.slice(lineStart, r.stmtStart);
  const added = { start: r.stmtEnd, end: r.stmtEnd, text: eolOf(text) + indent + site.lineFor(name) };
  return [added, ...moved.map((u) => ({ start: u.start, end: u.end, text: name }))];
}

interface BindingSite {
  /** How the file reads the module: `m`, `src` or `pkg.src`. */
  chain: string;
  /** The binding is the dotted module itself (`import pkg.src`). */
  dotted: boolean;
  /** The import line that binds the target as `name`. */
  lineFor: (name: string) => string;
}

function bindingSite(ctx: PyImporterContext, text: string, r: ResolvedImport, imports: ResolvedImport[]): BindingSite {
  const base = ctx.targetName.split('.').pop()!;
  if (r.kind === 'import') {
    if (r.namespace === undefined) return { chain: text.slice(r.start, r.end).replace(/\s/g, ''), dotted: true, lineFor: () => `import ${ctx.targetName}` };
    return { chain: r.namespace, dotted: false, lineFor: (name) => `import ${ctx.targetName} as ${name}` };
  }
  const from = imports.find((i) => i.kind === 'from' && i.stmtStart === r.stmtStart && i.names !== undefined);
  const imported = text.slice(r.start, r.end);
  const alias = from?.names?.find((n) => n.name === imported)?.alias;
  const fromWritten = from ? text.slice(from.start, from.end) : ctx.targetName.split('.').slice(0, -1).join('.');
  const parent = ctx.targetName.split('.').slice(0, -1).join('.');
  const module = targetAs(ctx, r.file, fromWritten, parent);
  return { chain: alias ?? imported, dotted: false, lineFor: (name) => `from ${module} import ${base}${name === base ? '' : ` as ${name}`}` };
}

/** Every read of `chain` outside import statements, with the member it reads. */
function bindingUses(text: string, chain: string): BindingUse[] {
  return withTree(text, (root) => {
    const out: BindingUse[] = [];
    const visit = (node: Node): void => {
      if (node.type === 'import_statement' || node.type === 'import_from_statement') return;
      if ((node.type === 'identifier' || node.type === 'attribute') && node.text.replace(/\s/g, '') === chain && !isNameOnly(node)) {
        const parent = node.parent;
        const member = parent?.type === 'attribute' && parent.childForFieldName('object')?.id === node.id ? parent.childForFieldName('attribute')?.text : undefined;
        out.push({ start: node.startIndex, end: node.endIndex, member });
        return;
      }
      for (const child of node.namedChildren) if (child) visit(child);
    };
    visit(root);
    return out;
  });
}

/** `x.m` (the attribute) and `f(m=…)` (the keyword) name m without reading a binding. */
function isNameOnly(node: Node): boolean {
  const parent = node.parent;
  if (parent?.type === 'attribute') return parent.childForFieldName('attribute')?.id === node.id;
  if (parent?.type === 'keyword_argument') return parent.childForFieldName('name')?.id === node.id;
  return false;
}

/** The module's own last name, numbered when the file already uses the word. */
function freshName(text: string, base: string): string {
  for (let i = 1; ; i++) {
    const name = i === 1 ? base : `${base}${i}`;
    if (!new RegExp(`\\b${name}\\b`).test(text)) return name;
  }
}
