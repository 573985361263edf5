import * as path from 'node:path';
import { dirOf, relativeSpecifier, stripSourceExt, type RelPath } from './paths';
import { packageOf, packageSpecifier } from './package-resolve';
import { projectOf } from './project-of';
import type { ModuleSettings } from './tsconfig';
import type { TsSettings } from './ts-projects';
import type { WorkspacePackage } from './workspace-packages';

export type SpecifierStyle = 'relative' | 'alias' | 'workspace' | 'baseUrl' | 'package';

/**
 * How a specifier is written: relative, through a tsconfig `paths` alias, by a workspace package's
 * name, rooted at baseUrl, or a package. Aliases are those of `settings`: give the importer's project's.
 */
export function specifierStyle(settings: ModuleSettings, spec: string): SpecifierStyle {
  return styleOf(settings, packagesOf(settings), spec);
}

function styleOf(settings: ModuleSettings, packages: readonly WorkspacePackage[], spec: string): SpecifierStyle {
  if (spec.startsWith('./') || spec.startsWith('../') || spec === '.' || spec === '..') return 'relative';
  if (settings.paths.some((p) => matchesPattern(p.pattern, spec))) return 'alias';
  if (packageOf(packages, spec)) return 'workspace';
  return settings.baseUrl !== undefined ? 'baseUrl' : 'package';
}

function packagesOf(settings: ModuleSettings): readonly WorkspacePackage[] {
  return (settings as Partial<TsSettings>).packages ?? [];
}

/**
 * The specifier that makes `importer` import `target`, written the way `original` was, with the
 * settings of the project that owns `importer` (its `paths`, `baseUrl` and resolution): the same
 * style (an alias stays an alias when one covers the new place, else it becomes relative; a workspace
 * package import names the package while one of its entries maps the new place; a baseUrl path
 * stays baseUrl-rooted), the same extension habit (`.js` under NodeNext, none otherwise), and a
 * folder import (`./dir` for `./dir/index.ts`) stays a folder import.
 */
export function writeSpecifier(all: ModuleSettings, importer: RelPath, target: RelPath, original: string): string {
  const settings = projectOf(all, importer);
  const style = styleOf(settings, packagesOf(all), original);
  const modulePath = moduleIdentity(target, original);
  if (style === 'alias') {
    const alias = aliasFor(settings, modulePath, original);
    if (alias) return alias;
  }
  if (style === 'workspace') {
    const named = packageSpecifier(packagesOf(all), target, original);
    if (named) return named;
  }
  if (style === 'baseUrl' && settings.baseUrl !== undefined) {
    const base = settings.baseUrl;
    if (base === '' || modulePath.startsWith(base + '/')) return base === '' ? modulePath : modulePath.slice(base.length + 1);
  }
  return relativeSpecifier(importer, modulePath);
}

/** The path a specifier should name for `target`: with the extension habit and folder form of `original`. */
function moduleIdentity(target: RelPath, original: string): string {
  const last = original.split('/').pop() ?? '';
  if (/\.d\.[cm]?ts$/.test(last)) return target; // a declaration file named whole (a triple-slash path)
  const isIndex = /^index\.[cm]?[jt]sx?$|^index\.d\.[cm]?ts$/.test(path.posix.basename(target));
  if (isIndex && !/^index(\.|$)/.test(last) && !/\.[cm]?[jt]sx?$/.test(last)) return dirOf(target);
  const ext = /\.([cm]?[jt]sx?)$/.exec(original)?.[1];
  const bare = stripSourceExt(target);
  if (!ext) return bare;
  if (ext.includes('t')) return bare + path.posix.extname(target);
  return bare + jsExtensionFor(target);
}

/** The runtime extension a NodeNext specifier uses for a source file. */
function jsExtensionFor(target: RelPath): string {
  if (/\.m[jt]s$/.test(target)) return '.mjs';
  if (/\.c[jt]s$/.test(target)) return '.cjs';
  if (/\.jsx$/.test(target)) return '.jsx';
  return '.js';
}

/** A `paths` alias that covers `modulePath`, preferring the one `original` used. */
function aliasFor(settings: ModuleSettings, modulePath: string, original: string): string | undefined {
  const ranked = [...settings.paths].sort((a, b) => Number(matchesPattern(b.pattern, original)) - Number(matchesPattern(a.pattern, original)));
  for (const { pattern, targets } of ranked) {
    for (const t of targets) {
      const star = t.indexOf('*');
      if (star < 0) {
        const exact = stripSourceExt(t);
        if (!pattern.includes('*') && (exact === stripSourceExt(modulePath) || exact === `${modulePath}/index`)) return pattern;
        continue;
      }
      const [pre, post] = [t.slice(0, star), t.slice(star + 1)];
      if (modulePath.startsWith(pre) && modulePath.endsWith(post) && modulePath.length >= pre.length + post.length) {
        return pattern.replace('*', modulePath.slice(pre.length, modulePath.length - post.length));
      }
    }
  }
  return undefined;
}

function matchesPattern(pattern: string, spec: string): boolean {
  const star = pattern.indexOf('*');
  if (star < 0) return pattern === spec;
  return spec.startsWith(pattern.slice(0, star)) && spec.endsWith(pattern.slice(star + 1)) && spec.length >= pattern.length - 1;
}

/** Replaces the text of a string literal (offsets include the quotes), keeping its quote character. */
export function replaceSpecifier(text: string, start: number, end: number, spec: string): string {
  return text.slice(0, start + 1) + spec + text.slice(end - 1);
}
