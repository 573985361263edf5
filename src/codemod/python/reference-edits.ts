import type { PyImport } from '../../lang/python/imports';
import type { PythonSettings } from '../../lang/python/roots';
import type { RelPath } from '../../workspace/paths';
import type { TextEdit } from '../text-edits';
import { lastSegment, parentModule, relativeModule, type ModuleRename } from './module-names';
import { splitOffNames } from './split-from';

/** A Python import record as the index holds it. */
export type PyRef = PyImport & { file: RelPath; resolved?: RelPath };

/** `import a.b.events` became `import c.loop_events`: uses `a.b.events.X` in the code follow. */
export interface ChainRename {
  from: string;
  to: string;
}

/** How a rewritten `from` import is written: as it was ('keep'), or relative / absolute. */
export type ImportStyle = 'keep' | 'relative' | 'absolute';

/** One importer to rewrite. */
export interface ImporterContext {
  file: RelPath;
  /** Where the importer ends up (itself when it stays): relative imports are written from there. */
  newFile: RelPath;
  text: string;
  refs: PyRef[];
  settings: PythonSettings;
  rename: ModuleRename;
  style: ImportStyle;
}

/** What rewriting one importer's references does. */
export interface ImporterRewrite {
  edits: TextEdit[];
  chains: ChainRename[];
  /** `from` statements now importing from another package (their module record names a new package). */
  reparented: Set<number>;
  /** `from M import names` records now importing from `module`, with the names they import. */
  fromRewrites: { ref: PyRef; module: string }[];
  /** References rewritten. */
  count: number;
}

const ALIAS = /^\s+as\s+([\p{XID_Start}_]\p{XID_Continue}*)/u;

/**
 * The edits that make one file's references name the renamed modules, changing only module names
 * (and `name as local` where a from-imported submodule is renamed, so the local name stays bound).
 */
export function rewriteImporter(ctx: ImporterContext): ImporterRewrite {
  const out: ImporterRewrite = { edits: [], chains: [], reparented: new Set(), fromRewrites: [], count: 0 };
  const moved = ctx.newFile !== ctx.file;
  for (let i = 0; i < ctx.refs.length; i++) {
    const ref = ctx.refs[i];
    if (ref.kind === 'from') {
      const subs: PyRef[] = [];
      while (ctx.refs[i + 1]?.kind === 'submodule' && ctx.refs[i + 1].stmtStart === ref.stmtStart) subs.push(ctx.refs[++i]);
      fromStatement(ctx, ref, subs, moved, out);
    } else if (ref.kind === 'import') plainImport(ctx, ref, out);
    else if (ref.kind === 'dynamic' || ref.kind === 'mock') stringTarget(ctx, ref, out);
  }
  return out;
}

function plainImport(ctx: ImporterContext, ref: PyRef, out: ImporterRewrite): void {
  const renamed = ctx.rename(ref.specifier);
  if (renamed === undefined) return;
  out.edits.push({ start: ref.start, end: ref.end, text: renamed });
  if (ref.namespace === undefined) out.chains.push({ from: ref.specifier, to: renamed });
  out.count++;
}

/** A `mock.patch("a.b.X")` / `import_module("a.b")` string: its value is renamed inside the quotes. */
function stringTarget(ctx: ImporterContext, ref: PyRef, out: ImporterRewrite): void {
  const literal = ctx.text.slice(ref.start, ref.end);
  const at = literal.indexOf(ref.specifier);
  // A literal with escapes, or a package-relative name: left as is (the re-index check refuses a move it breaks).
  if (at < 0 || ref.specifier.startsWith('.')) return;
  const renamed = ctx.rename(ref.specifier);
  if (renamed === undefined) return;
  out.edits.push({ start: ref.start + at, end: ref.start + at + ref.specifier.length, text: renamed });
  out.count++;
}

function fromStatement(ctx: ImporterContext, ref: PyRef, subs: PyRef[], moved: boolean, out: ImporterRewrite): void {
  if (ref.specifier.startsWith('.')) return; // climbs above its top package: nothing it names can move
  let module = ctx.rename(ref.specifier) ?? ref.specifier;
  const targets = subs.map((s) => ctx.rename(s.specifier) ?? s.specifier);
  let away = subs.filter((_, k) => parentModule(targets[k]) !== module);
  if (away.length > 0 && away.length === subs.length && !ref.star && ref.names?.length === subs.length) {
    // Every name is a moved submodule: the statement itself imports from (the first) new package.
    module = parentModule(targets[0]);
    out.reparented.add(ref.stmtStart);
    away = subs.filter((_, k) => parentModule(targets[k]) !== module);
  }
  if (away.length > 0) {
    out.edits.push(...splitOffNames(ctx, ref, away, away.map((s) => targets[subs.indexOf(s)])));
    out.count += away.length;
    subs = subs.filter((s) => !away.includes(s));
  }
  if (module !== ref.specifier || (moved && isRelative(ctx, ref))) {
    const written = writeModule(ctx, ref, module);
    if (written !== ctx.text.slice(ref.start, ref.end)) {
      out.edits.push({ start: ref.start, end: ref.end, text: written });
      out.count++;
    }
  }
  if (module !== ref.specifier && !ref.star) out.fromRewrites.push({ ref, module });
  for (const sub of subs) {
    const edit = nameEdit(ctx, sub, lastSegment(ctx.rename(sub.specifier) ?? sub.specifier));
    if (edit) out.edits.push(edit);
  }
}

function isRelative(ctx: ImporterContext, ref: PyRef): boolean {
  return ctx.text.charCodeAt(ref.start) === 46;
}

/** The module of a `from` statement in the style asked for; absolute when it cannot be relative. */
export function writeModule(ctx: ImporterContext, ref: PyRef, module: string): string {
  const relative = ctx.style === 'keep' ? isRelative(ctx, ref) : ctx.style === 'relative';
  return (relative && relativeModule(ctx.newFile, module, ctx.settings)) || module;
}

/** `events` → `loop_events as events` (or `loop_events` when an alias follows, dropped when it becomes redundant). */
export function nameEdit(ctx: Pick<ImporterContext, 'text'>, sub: PyRef, newName: string): TextEdit | undefined {
  const written = ctx.text.slice(sub.start, sub.end);
  if (newName === written) return undefined;
  const alias = ALIAS.exec(ctx.text.slice(sub.end, sub.end + 200));
  if (!alias) return { start: sub.start, end: sub.end, text: `${newName} as ${written}` };
  if (alias[1] === newName) return { start: sub.start, end: sub.end + alias[0].length, text: newName };
  return { start: sub.start, end: sub.end, text: newName };
}
