import * as path from 'path';
import { PyImport } from './imports';
import { PyModule } from './layout';

/** `invoice_schema_3_1` → `Invoice`. */
function firstWord(stem: string): string {
  const w = stem.split('_')[0];
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** The class a module exports and importers name: unique across the corpus, except the legacy twins (same API on purpose). */
export function exportedName(m: PyModule): string {
  switch (m.kind) {
    case 'vendor': return m.stem === 'orm' ? 'Session' : 'select';
    case 'legacy': case 'legacyX': case 'legacyTarget': return `${firstWord(m.stem)}Client`;
    default: return `${firstWord(m.stem)}${m.id}Record`;
  }
}

/** The module-object alias of an `import a.b as m_7`. */
export function alias(m: PyModule): string {
  return `m_${m.id}`;
}

/** `from ..schemas.x` / `from .` prefix: the relative module of `target` (a module, or with `asPackage` its package) seen from `from`'s package. */
function relativeModule(from: PyModule, target: PyModule, asPackage: boolean): string {
  const fromDir = path.posix.dirname(from.path);
  const targetPath = asPackage ? path.posix.dirname(target.path) : target.path.replace(/\.py$/, '');
  const rel = path.posix.relative(fromDir, targetPath).split('/');
  const ups = rel.filter((s) => s === '..').length;
  const down = rel.filter((s) => s !== '..' && s !== '');
  return '.'.repeat(ups + 1) + down.join('.');
}

/** A planted missing module: a sibling `ghost_<id>` or an absolute one in the importer's audience. */
function ghostModule(from: PyModule, imp: PyImport): string {
  return imp.style === 'rel' ? `.ghost_${from.id}` : `app.houseofcards.${from.audience}.ghost_${from.id}`;
}

/** One import statement and the expression the module body uses to reference what it imported. */
export function importStatement(from: PyModule, imp: PyImport): { line: string; ref: string } {
  const t = imp.target;
  if (!t) return { line: `from ${ghostModule(from, imp)} import Ghost${from.id}  # pyright: ignore[reportMissingImports]`, ref: `Ghost${from.id}` };
  const name = exportedName(t);
  switch (imp.style) {
    case 'abs': return { line: `from ${t.dotted} import ${name}`, ref: name };
    case 'as': return { line: `import ${t.dotted} as ${alias(t)}`, ref: `${alias(t)}.${name}` };
    case 'pkg': return { line: `from ${t.dotted.slice(0, t.dotted.lastIndexOf('.'))} import ${t.stem}`, ref: `${t.stem}.${name}` };
    case 'rel': return { line: `from ${relativeModule(from, t, false)} import ${name}`, ref: name };
    case 'relpkg': return { line: `from ${relativeModule(from, t, true)} import ${t.stem}`, ref: `${t.stem}.${name}` };
  }
}
