import type { PyImport } from '../../lang/python/declarations';
import { moduleNameOf } from '../../lang/python/module-names';
import type { PythonSettings } from '../../lang/python/roots';
import type { RelPath } from '../../workspace/paths';

/** One imported name of a from-import (`y` or `y as z`). */
export interface ImportedName {
  name: string;
  alias?: string;
}

/** Past this width (black's default) a new from-import lists one name a line in parentheses, unless the file has longer lines. */
const MAX_LINE = 88;

/** The width past which a new import of the file is wrapped: 88, or the file's longest line. */
export function lineWidth(text: string): number {
  let width = MAX_LINE;
  for (const line of text.split('\n')) width = Math.max(width, line.trimEnd().length);
  return width;
}

/**
 * How `file` writes an import of the absolute module `target`: relative (`..schemas.audit`) when
 * `relative` and both sit in one top-level package, absolute otherwise.
 */
export function writtenModule(file: RelPath, target: string, relative: boolean, settings: PythonSettings): string {
  const own = moduleNameOf(file, settings);
  if (!relative || own === undefined) return target;
  const pkg = own.split('.');
  if (!/(^|\/)__init__\.pyi?$/.test(file)) pkg.pop();
  const parts = target.split('.');
  let common = 0;
  while (common < pkg.length && common < parts.length && pkg[common] === parts[common]) common++;
  if (common === 0) return target;
  return '.'.repeat(pkg.length - common + 1) + parts.slice(common).join('.');
}

/** `from M import a, b as c`, wrapped one name a line when it would be wider than `width` (0: always). */
export function fromImportLine(module: string, names: ImportedName[], indent: string, eol: string, width: number): string {
  const parts = names.map((n) => (n.alias ? `${n.name} as ${n.alias}` : n.name));
  const flat = `${indent}from ${module} import ${parts.join(', ')}`;
  if (flat.length <= width) return flat;
  return `${indent}from ${module} import (${eol}${parts.map((p) => `${indent}    ${p},${eol}`).join('')}${indent})`;
}

/**
 * The part of a source import that binds `wanted`, as the target writes it: the module re-based for
 * the target's package (a relative import recomputed, an absolute one kept), only the wanted names.
 */
export function rebasedImport(sourceText: string, imp: PyImport, absolute: string, wanted: Set<string>, to: RelPath, settings: PythonSettings, eol: string, width: number): string | undefined {
  if (imp.names[0]?.name === '*') return wanted.has('*') ? `from ${imp.level > 0 ? writtenModule(to, absolute, true, settings) : imp.module} import *` : undefined;
  const isFrom = isFromImport(sourceText, imp);
  const names = imp.names.filter((n) => wanted.has(n.alias ?? (isFrom ? n.name : n.name.split('.')[0])));
  if (!names.length) return undefined;
  if (!isFrom) return `import ${names.map((n) => (n.alias ? `${n.name} as ${n.alias}` : n.name)).join(', ')}`;
  const module = imp.level > 0 ? writtenModule(to, absolute, true, settings) : imp.module;
  return fromImportLine(module, names, '', eol, width);
}

/** True for `from M import …` (and `from __future__ import …`), false for `import a.b`. */
export function isFromImport(text: string, imp: PyImport): boolean {
  return /^\s*from\b/.test(text.slice(imp.start, imp.end));
}
