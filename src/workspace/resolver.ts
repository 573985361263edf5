import * as path from 'node:path';
import type ts from 'typescript';
import { tsc } from './typescript';
import type { ImportKind } from './lexer';
import type { Overlay } from './overlay';
import { toPosix, type RelPath } from './paths';
import { resolvePackageImport } from './package-resolve';
import { projectOf } from './project-of';
import type { ModuleSettings } from './tsconfig';
import type { TsSettings } from './ts-projects';

/**
 * TypeScript's own module resolution, answered from the overlay's file list instead of the disk, so
 * a staged tree resolves exactly as it will after it is written. One instance per tree state. Each
 * importing file resolves with the settings of the project that owns it (project-of.ts); imports of
 * a workspace package by name resolve to its files, and an import of an existing file TypeScript
 * does not read (a stylesheet, an asset) to that file.
 */
export class ModuleResolver {
  /** TypeScript's own caches, one per project, made when the fast paths first cannot answer (it loads TypeScript). */
  private readonly caches = new Map<ModuleSettings, ts.ModuleResolutionCache>();
  private readonly host: ts.ModuleResolutionHost;
  /**
   * Answers by the importing file's folder (and project, when there are several), then by mode and
   * specifier: they depend on nothing else.
   */
  private readonly memo = new Map<string, FolderAnswers>();
  /** The last importing file's answers: the index asks for one file's imports in a row. */
  private last: { file: RelPath; dir: RelPath; own: ModuleSettings; answers: FolderAnswers } | undefined;
  private readonly prefix: string;

  constructor(
    private readonly overlay: Overlay,
    private readonly settings: ModuleSettings,
  ) {
    const root = overlay.root;
    const prefix = (this.prefix = toPosix(root) + '/');
    // TypeScript asks with absolute `/` paths; a prefix slice is much cheaper than path.relative,
    // and this host answers tens of thousands of questions per tree.
    // TypeScript may ask for a folder with a trailing slash (`../..` → `/root/src/`).
    const rel = (abs: string) => {
      const p = abs.endsWith('/') ? abs.slice(0, -1) : abs;
      return p.startsWith(prefix) ? p.slice(prefix.length) : p === toPosix(root) ? '' : undefined;
    };
    this.host = {
      fileExists: (abs) => {
        const r = rel(abs);
        return r !== undefined && overlay.exists(r);
      },
      directoryExists: (abs) => {
        const r = rel(abs);
        return r !== undefined && overlay.isDir(r);
      },
      readFile: (abs) => {
        const r = rel(abs);
        return r !== undefined && overlay.exists(r) ? overlay.read(r) : undefined;
      },
      getCurrentDirectory: () => root,
      useCaseSensitiveFileNames: true,
    };
  }

  /** The root-relative file a specifier in `fromFile` resolves to, or undefined (a package, or broken). */
  resolve(fromFile: RelPath, specifier: string, kind: ImportKind): RelPath | undefined {
    if (kind === 'reference-path') return this.referencedFile(fromFile, specifier);
    let last = this.last;
    if (last?.file !== fromFile) {
      const dir = fromFile.slice(0, fromFile.lastIndexOf('/') + 1);
      const own = projectOf(this.settings, fromFile);
      const key = own === this.settings ? dir : `${dir}\0${(own as { config?: string }).config}`;
      let answers = this.memo.get(key);
      if (!answers) this.memo.set(key, (answers = { esm: new Map(), cjs: new Map() }));
      this.last = last = { file: fromFile, dir, own, answers };
    }
    const answers = isCommonJs(kind) ? last.answers.cjs : last.answers.esm;
    let hit = answers.get(specifier);
    if (hit === undefined) {
      hit = this.resolveUncached(fromFile, last.dir, last.own, specifier, kind) ?? null;
      answers.set(specifier, hit);
    }
    return hit ?? undefined;
  }

  private resolveUncached(fromFile: RelPath, dir: RelPath, own: ModuleSettings, specifier: string, kind: ImportKind): RelPath | undefined {
    const fast = this.siblingTsFile(dir, specifier, own) ?? this.mappedTsFile(specifier, own) ?? this.nonCodeFile(dir, specifier, own);
    if (fast !== undefined) return fast;
    const packages = (this.settings as Partial<TsSettings>).packages;
    if (packages?.length && !(own.paths.length && matchPathPattern(own.paths, specifier))) {
      const file = resolvePackageImport(packages, specifier, (p) => this.overlay.exists(p));
      if (file !== undefined) return file;
    }
    const containing = path.join(this.overlay.root, fromFile);
    let cache = this.caches.get(own);
    if (!cache) this.caches.set(own, (cache = tsc.createModuleResolutionCache(this.overlay.root, (f) => f, own.options)));
    const modes: (ts.ResolutionMode | undefined)[] = own.esmExtensions
      ? isCommonJs(kind)
        ? [tsc.ModuleKind.CommonJS, tsc.ModuleKind.ESNext]
        : [tsc.ModuleKind.ESNext, tsc.ModuleKind.CommonJS]
      : [undefined];
    for (const mode of modes) {
      const r = tsc.resolveModuleName(specifier, containing, own.options, this.host, cache, undefined, mode);
      const file = r.resolvedModule?.resolvedFileName;
      if (file && !r.resolvedModule?.isExternalLibraryImport && file.startsWith(this.prefix)) return file.slice(this.prefix.length);
    }
    return undefined;
  }

  /**
   * A triple-slash `path` reference names a file relative to the referencing one (with or without its
   * `./`), not a module: the file itself, else with the extensions TypeScript adds.
   */
  private referencedFile(fromFile: RelPath, reference: string): RelPath | undefined {
    const joined = path.posix.normalize(path.posix.join(fromFile.slice(0, fromFile.lastIndexOf('/') + 1), reference));
    if (joined.startsWith('../') || path.posix.isAbsolute(joined)) return undefined;
    return ['', '.ts', '.tsx', '.d.ts'].map((ext) => joined + ext).find((f) => this.overlay.exists(f));
  }

  /**
   * The common case answered without TypeScript: a relative specifier (`./x`, `./x.js`) whose `x.ts`
   * exists is what TypeScript's resolution picks first in every mode. Anything else (folders, other
   * extensions, moduleSuffixes) goes to TypeScript; a test holds the two to the same answers.
   */
  private siblingTsFile(dir: RelPath, specifier: string, own: ModuleSettings): RelPath | undefined {
    if (!(specifier.startsWith('./') || specifier.startsWith('../')) || own.options.moduleSuffixes) return undefined;
    const joined = joinRelative(dir, specifier);
    if (joined === undefined) return undefined;
    const base = joined.endsWith('.js') ? joined.slice(0, -3) : /\.[^/]*$/.test(joined.slice(joined.lastIndexOf('/') + 1)) ? undefined : joined;
    return base !== undefined && this.overlay.exists(base + '.ts') ? base + '.ts' : undefined;
  }

  /**
   * The other common case answered without TypeScript: a bare specifier that a `paths` pattern maps
   * (or, when none matches, `baseUrl` roots) to a `.ts` file that exists. TypeScript tries the mapped
   * candidates in order before node_modules, picks the pattern with the longest prefix (an exact
   * pattern first), and for an extensionless candidate tries `.ts` first; any candidate that is not
   * such a sure hit goes to TypeScript whole.
   */
  private mappedTsFile(specifier: string, own: ModuleSettings): RelPath | undefined {
    if (specifier.startsWith('.') || specifier.startsWith('/') || own.options.moduleSuffixes) return undefined;
    const candidate = mappedCandidate(own, specifier);
    if (candidate === undefined || candidate.includes('node_modules/') || candidate.startsWith('../')) return undefined;
    const name = candidate.slice(candidate.lastIndexOf('/') + 1);
    if (name.endsWith('.ts') && !name.endsWith('.d.ts')) return this.overlay.exists(candidate) ? candidate : undefined;
    return !name.includes('.') && this.overlay.exists(candidate + '.ts') ? candidate + '.ts' : undefined;
  }

  /**
   * An import of an existing file TypeScript does not read as a module (`./actionbar.css`,
   * `./logo.svg`, `@app/styles/x.css`, `./data.json`): that file, a reference like any other. TypeScript
   * answers the same for JSON; for other extensions it finds only a `x.d.css.ts` declaration beside the
   * file (allowArbitraryExtensions), so with one there the question goes to TypeScript.
   */
  private nonCodeFile(dir: RelPath, specifier: string, own: ModuleSettings): RelPath | undefined {
    const name = specifier.slice(specifier.lastIndexOf('/') + 1);
    const dot = name.lastIndexOf('.');
    if (dot <= 0 || CODE_EXTENSION.test(name)) return undefined;
    const relative = specifier.startsWith('./') || specifier.startsWith('../');
    const candidate = relative ? joinRelative(dir, specifier) : specifier.startsWith('.') || specifier.startsWith('/') ? undefined : mappedCandidate(own, specifier);
    if (candidate === undefined || candidate.startsWith('../') || !this.overlay.exists(candidate)) return undefined;
    const declaration = `${candidate.slice(0, candidate.length - name.length + dot)}.d${name.slice(dot)}.ts`;
    return this.overlay.exists(declaration) ? undefined : candidate;
  }
}

/** Extensions of the files TypeScript resolves as modules itself (JSON aside: resolveJsonModule reads it as the file). */
const CODE_EXTENSION = /\.(d\.[cm]?ts|[cm]?[jt]sx?)$/;

/** Where `paths` (or, when no pattern matches, `baseUrl`) maps a bare specifier first. */
function mappedCandidate(own: ModuleSettings, specifier: string): RelPath | undefined {
  const { paths, baseUrl } = own;
  const mapped = paths.length ? matchPathPattern(paths, specifier) : undefined;
  return mapped ? mapped.targets[0]?.replace('*', mapped.star) : baseUrl === undefined ? undefined : baseUrl ? `${baseUrl}/${specifier}` : specifier;
}

/** Kinds that load a module the CommonJS way (under NodeNext their resolution mode differs). */
function isCommonJs(kind: ImportKind): boolean {
  return kind === 'require' || kind === 'import-equals' || kind === 'require-resolve';
}

/** What specifiers resolve to from one folder, by mode (null: to nothing in the tree). */
interface FolderAnswers {
  esm: Map<string, RelPath | null>;
  cjs: Map<string, RelPath | null>;
}

/**
 * A relative specifier against the importing file's folder (`''` or ending in `/`); undefined above the
 * root. The usual `./` and `../` prefixes are taken off by hand, as path.posix.join's normalising of
 * every character cost more than the rest of resolution; anything odd after them goes to it.
 */
function joinRelative(dir: RelPath, specifier: string): RelPath | undefined {
  let base = dir;
  let i = 0;
  for (;;) {
    if (specifier.startsWith('./', i)) i += 2;
    else if (specifier.startsWith('../', i)) {
      if (base === '') return undefined;
      base = base.slice(0, base.lastIndexOf('/', base.length - 2) + 1);
      i += 3;
    } else break;
  }
  const rest = specifier.slice(i);
  if (rest === '.' || rest === '..' || rest.startsWith('/') || /\/\.\.?(\/|$)|\/\//.test(rest)) {
    const joined = path.posix.join(dir, specifier);
    return joined === '..' || joined.startsWith('../') ? undefined : joined;
  }
  return base + rest;
}

/** TypeScript's choice among `paths` patterns: an exact one, else the `*` pattern with the longest prefix. */
function matchPathPattern(paths: ModuleSettings['paths'], specifier: string): { targets: RelPath[]; star: string } | undefined {
  let best: { targets: RelPath[]; star: string; prefix: number } | undefined;
  for (const { pattern, targets } of paths) {
    const at = pattern.indexOf('*');
    if (at !== pattern.lastIndexOf('*')) continue; // TypeScript ignores a pattern with two stars
    if (at < 0) {
      if (pattern === specifier) return { targets, star: '' };
      continue;
    }
    const [prefix, suffix] = [pattern.slice(0, at), pattern.slice(at + 1)];
    if (specifier.length < prefix.length + suffix.length || !specifier.startsWith(prefix) || !specifier.endsWith(suffix)) continue;
    if (!best || prefix.length > best.prefix) best = { targets, star: specifier.slice(prefix.length, specifier.length - suffix.length), prefix: prefix.length };
  }
  return best;
}
