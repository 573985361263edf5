import * as path from 'node:path';
import picomatch from 'picomatch';
import { StateError } from '../errors';
import { lexImports } from '../workspace/lexer';
import type { Overlay } from '../workspace/overlay';
import { dirOf, joinRel, type RelPath } from '../workspace/paths';
import type { ModuleResolver } from '../workspace/resolver';
import { writeSpecifier } from '../workspace/specifier';
import type { ModuleSettings } from '../workspace/tsconfig';
import { readLayout, type BarrelLayout } from './barrel-layout';
import { ExportReader } from './module-exports';

/** What a barrel step asks for: a folder, and filters on its modules (globs are root-relative). */
export interface BarrelSpec {
  dir: RelPath;
  layers?: string[];
  include?: string[];
  exclude?: string[];
}

/** The tree a barrel is generated from. */
export interface BarrelSource {
  overlay: Overlay;
  settings: ModuleSettings;
  resolver: ModuleResolver;
  layerOf(file: RelPath): string | undefined;
  /** The plan's layers, whose titles label the header of a new barrel (`L6 — Drivers`). */
  layers: { id: string; title: string }[];
}

/** One module's line in a barrel. */
interface Entry {
  module: RelPath;
  names: { name: string; typeOnly: boolean }[];
  /** It re-exports all of a module outside the tree, so only `export *` can carry it. */
  star: boolean;
}

const MODULE = /\.(ts|tsx|mts|cts)$/;
const SKIPPED = /(^|\/)index\.[cm]?tsx?$|\.d\.[cm]?ts$|\.(test|spec)\.[cm]?tsx?$/;

/** The barrel file of a folder. */
export function barrelFile(dir: RelPath): RelPath {
  return joinRel(dir, 'index.ts');
}

/**
 * The text a folder's index.ts should have: its header block (kept, or made from the folder's layer),
 * a hand-kept region (kept verbatim), and one export line per module, in path order, naming what the
 * module exports. A name two modules export (from two different declarations) is refused.
 */
export function renderBarrel(src: BarrelSource, spec: BarrelSpec): string {
  const file = barrelFile(spec.dir);
  const current = src.overlay.exists(file) ? src.overlay.read(file) : undefined;
  const modules = barrelModules(src, spec);
  const layout = readLayout(file, current, modules[0] === undefined ? undefined : src.overlay.read(modules[0]));
  const kept = keptExports(src, file, layout);
  const entries = entriesFor(src, file, modules.filter((m) => !kept.modules.has(m)), kept.names);
  const isolated = !!(src.settings.options.isolatedModules || src.settings.options.verbatimModuleSyntax);
  const lines = entries.map((e) => exportLine(src.settings, file, e, layout, isolated));
  const header = layout.header ?? newHeader(src, spec.dir, layout.eol);
  const keep = layout.keep?.text;
  const blocks = [header, layout.keep?.above ? keep : undefined, lines.join(layout.eol), layout.keep?.above ? undefined : keep];
  return blocks.filter((b): b is string => !!b).join(layout.eol + layout.eol) + (layout.finalEol ? layout.eol : '');
}

/** The folder's modules the barrel exports: its own TypeScript files (not index, tests or .d.ts), filtered. */
function barrelModules(src: BarrelSource, spec: BarrelSpec): RelPath[] {
  const include = spec.include?.length ? picomatch(spec.include, { dot: true }) : () => true;
  const exclude = spec.exclude?.length ? picomatch(spec.exclude, { dot: true }) : () => false;
  return src.overlay
    .files()
    .filter((f) => dirOf(f) === spec.dir && MODULE.test(f) && !SKIPPED.test(f))
    .filter((f) => include(f) && !exclude(f))
    .filter((f) => !spec.layers?.length || spec.layers.includes(src.layerOf(f) ?? ''));
}

/** Modules and names the keep region re-exports by hand: generation leaves them to it. */
function keptExports(src: BarrelSource, file: RelPath, layout: BarrelLayout): { modules: Set<RelPath>; names: Set<string> } {
  const modules = new Set<RelPath>();
  const names = new Set<string>();
  for (const rec of lexImports(layout.keep?.text ?? '')) {
    const target = src.resolver.resolve(file, rec.specifier, rec.kind);
    if (rec.kind === 'export' && target !== undefined) modules.add(target);
    for (const n of rec.kind === 'export' ? rec.names ?? [] : []) names.add(n.alias ?? n.name);
  }
  return { modules, names };
}

/** Each module's exported names (defaults left out), with names two modules share refused or merged. */
function entriesFor(src: BarrelSource, file: RelPath, modules: RelPath[], kept: Set<string>): Entry[] {
  const reader = new ExportReader(src.overlay, src.resolver);
  const owner = new Map<string, { module: RelPath; origin: RelPath }>();
  const entries = modules.map((module): Entry => {
    const { names, opaque } = reader.exportsOf(module);
    const list = [...names].filter(([name]) => name !== 'default' && !kept.has(name));
    return { module, star: opaque, names: list.map(([name, e]) => ({ name, typeOnly: e.typeOnly })) };
  });
  for (const entry of entries) {
    for (const { name } of entry.names) {
      const origin = reader.exportsOf(entry.module).names.get(name)!.origin;
      const first = owner.get(name);
      if (!first) owner.set(name, { module: entry.module, origin });
      else if (first.origin !== origin) {
        throw new StateError(`${file}: "${name}" is exported by both ${first.module} and ${entry.module}; exclude one, or re-export it by hand between remediate:keep-start and remediate:keep-end`);
      } else if (entry.module === origin) owner.set(name, { module: entry.module, origin });
    }
  }
  // The same declaration reached through two modules is exported once, from the module declaring it.
  return entries
    .map((e) => ({ ...e, names: e.names.filter((n) => owner.get(n.name)?.module === e.module) }))
    .filter((e) => e.star || e.names.length > 0);
}

function exportLine(settings: ModuleSettings, file: RelPath, e: Entry, layout: BarrelLayout, isolated: boolean): string {
  const spec = writeSpecifier(settings, file, e.module, settings.esmExtensions ? './module.js' : './module');
  const from = `from ${layout.quote}${spec}${layout.quote}${layout.semicolon ? ';' : ''}`;
  if (e.star) return `export * ${from}`;
  const names = [...e.names].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (isolated && names.every((n) => n.typeOnly)) return `export type { ${names.map((n) => n.name).join(', ')} } ${from}`;
  return `export { ${names.map((n) => (isolated && n.typeOnly ? `type ${n.name}` : n.name)).join(', ')} } ${from}`;
}

/** The header of a barrel that has none: the folder's layer, and what the file is. */
function newHeader(src: BarrelSource, dir: RelPath, eol: string): string {
  const id = src.layerOf(barrelFile(dir));
  const layer = src.layers.find((l) => l.id === id);
  const role = `// Role: Public surface of ${path.posix.basename(dir) || 'the root folder'} (generated by the remediate barrel step)`;
  return layer === undefined ? role : `// Layer: ${layer.id} — ${layer.title}${eol}${role}`;
}
