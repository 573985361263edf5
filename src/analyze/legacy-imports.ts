import type { ResolvedImport } from '../workspace/import-index';
import { stripSourceExt, type RelPath } from '../workspace/paths';
import type { AnalyzeContext } from './context';
import { debtCovers } from './splits';
import { stemOf } from './targets';
import type { DraftDebt, Evidence, Proposal } from './types';

interface LegacyModule {
  /** The `from` pattern: the specifier as written, or the resolved path of a relative one. */
  from: string;
  name: string;
  imported: Set<string>;
  importers: { file: RelPath; imp: ResolvedImport }[];
}

/**
 * Phase IV: each legacy module that in-scope code imports. A counterpart in the new tree (a module of
 * the same name, where the draft's moves put it, defining every name imported) gets a
 * `rewrite-imports`; without one the step is deferred and the importers' LEGACY_IMPORT becomes debt.
 */
export function findLegacyImports(ctx: AnalyzeContext, movedTo: Map<RelPath, RelPath>): { proposals: Proposal[]; debt: DraftDebt[] } {
  const proposals: Proposal[] = [];
  const debt: DraftDebt[] = [];
  const byStem = filesByStem(ctx, movedTo);
  for (const mod of legacyModules(ctx)) {
    const evidence: Evidence[] = mod.importers.map(({ file, imp }) => ({ rule: 'LEGACY_IMPORT', file, line: imp.line, seen: `import of ${imp.specifier}: ${[...mod.imported].join(', ') || '*'}` }));
    const counterpart = findCounterpart(ctx, mod, byStem);
    if (counterpart) {
      const to = stripSourceExt(movedTo.get(counterpart) ?? counterpart);
      proposals.push({ phase: 'legacy-imports', step: { kind: 'rewrite-imports', from: mod.from, to }, reason: `${to} defines ${[...mod.imported].join(', ')}`, evidence });
      continue;
    }
    const files = [...new Set(mod.importers.map((i) => movedTo.get(i.file) ?? i.file))];
    const why = `no module named ${mod.name} in the new tree defines ${[...mod.imported].join(', ') || 'what is imported'}`;
    const deferred = `${files.join(', ')}: ${why}`;
    proposals.push({ phase: 'legacy-imports', step: { kind: 'rewrite-imports', from: mod.from, deferred }, reason: why, evidence });
    for (const file of files) if (!debtCovers(ctx, 'LEGACY_IMPORT', file)) debt.push({ rule: 'LEGACY_IMPORT', file, reason: `${mod.from}: deferred, ${why}` });
  }
  return { proposals: mergeFolders(proposals), debt };
}

/**
 * Rewrites that map several modules of one legacy folder onto the same names in one new folder
 * become one folder rewrite (`from: app/services/legacy, to: general/legacy`, as a person writes it),
 * unless another legacy module of that folder goes elsewhere or is deferred. One step also stages
 * faster: each rewrite step scans every importer of the tree.
 */
function mergeFolders(proposals: Proposal[]): Proposal[] {
  const folderOf = (p: Proposal) => {
    const s = p.step;
    if (s.kind !== 'rewrite-imports' || s.to === undefined || !s.from.includes('/')) return undefined;
    const [from, to] = [s.from.slice(0, s.from.lastIndexOf('/')), s.to.slice(0, s.to.lastIndexOf('/'))];
    return s.from.slice(from.length) === s.to.slice(to.length) ? { from, to } : undefined;
  };
  const groups = new Map<string, Proposal[]>();
  for (const p of proposals) {
    const f = folderOf(p);
    if (f) groups.set(`${f.from}\0${f.to}`, [...(groups.get(`${f.from}\0${f.to}`) ?? []), p]);
  }
  const out: Proposal[] = [];
  for (const p of proposals) {
    const f = folderOf(p);
    const group = f && groups.get(`${f.from}\0${f.to}`)!;
    const alone = !group || group.length < 2 || proposals.some((q) => !group.includes(q) && q.step.kind === 'rewrite-imports' && q.step.from.startsWith(`${f!.from}/`));
    if (alone) out.push(p);
    else if (group[0] === p) {
      const names = group.map((q) => (q.step as { from: string }).from.slice(f!.from.length + 1));
      const reason = `${group.length} modules of ${f!.from} have counterparts in ${f!.to}: ${names.join(', ')}`;
      out.push({ phase: 'legacy-imports', step: { kind: 'rewrite-imports', from: f!.from, to: f!.to }, reason, evidence: group.flatMap((q) => q.evidence) });
    }
  }
  return out;
}

/** The legacy modules in-scope files import, from the LEGACY_IMPORT findings, in file order. */
function legacyModules(ctx: AnalyzeContext): LegacyModule[] {
  const byFrom = new Map<string, LegacyModule>();
  for (const v of ctx.before.violations) {
    if (v.rule !== 'LEGACY_IMPORT' || !v.inScope) continue;
    const imp = ctx.index.importsOf(v.file).find((i) => i.line === v.line && i.column === v.column);
    if (!imp) continue;
    // One module imported two ways (`app/x`, `../../x`) is one step, named by its specifier when it has one.
    const key = imp.resolved ?? imp.specifier;
    const from = imp.specifier.startsWith('.') && imp.resolved ? stripSourceExt(imp.resolved) : imp.specifier;
    let mod = byFrom.get(key);
    if (!mod) byFrom.set(key, (mod = { from, name: from.slice(from.lastIndexOf('/') + 1), imported: new Set(), importers: [] }));
    if (!imp.specifier.startsWith('.')) mod.from = imp.specifier;
    for (const n of imp.names ?? []) mod.imported.add(n.name);
    if (imp.defaultName) mod.imported.add('default');
    mod.importers.push({ file: v.file, imp });
  }
  return [...byFrom.values()];
}

/** A file outside every legacy namespace named like the module and defining all it gives; in scope first. */
function findCounterpart(ctx: AnalyzeContext, mod: LegacyModule, byStem: Map<string, RelPath[]>): RelPath | undefined {
  const legacy = (ctx.plan.rules.LEGACY_IMPORT?.modules ?? []).map(ctx.matcher);
  const wanted = [...mod.imported];
  const candidates = (byStem.get(mod.name) ?? []).filter((f) => {
    if (!wanted.length || legacy.some((m) => m(f, f))) return false;
    // Most files of a common name define none of the names: a text search spares their parse.
    const text = ctx.ws.overlay.read(f);
    if (!wanted.every((n) => text.includes(n))) return false;
    const names = new Set(ctx.declarations(f)?.map((d) => d.name));
    return wanted.every((n) => names.has(n));
  });
  return candidates.sort((a, b) => Number(ctx.inScope(b)) - Number(ctx.inScope(a)) || a.length - b.length)[0];
}

/** Files by the stem they have once phase II's moves are made. */
function filesByStem(ctx: AnalyzeContext, movedTo: Map<RelPath, RelPath>): Map<string, RelPath[]> {
  const out = new Map<string, RelPath[]>();
  for (const f of ctx.files) {
    const stem = stemOf(movedTo.get(f) ?? f).stem;
    const list = out.get(stem);
    if (list) list.push(f);
    else out.set(stem, [f]);
  }
  return out;
}
