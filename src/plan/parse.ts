import * as fs from 'node:fs';
import * as path from 'node:path';
import { PlanError, type PlanIssue } from '../errors';
import { ignoreMatcher, isIgnoredPath } from '../workspace/ignore-globs';
import { joinRel, normalizeRel, type RelPath } from '../workspace/paths';
import { stepPaths } from './step-paths';
import { planSchema, stepKinds, stepSchemas, type RawPlan, type RawStep, type StepKindKey } from './schema';
import { KINDS_BY_LANGUAGE, type DeclarationKind, type Phase, type Plan, type SourceLoc, type Step } from './types';
import { YamlSource, type KeyPath } from './yaml-source';
import { suggest, zodIssues } from './zod-issues';
import { z } from 'zod';

/** The rules whose findings are imports: a debt entry's `module` narrows only these. */
const IMPORT_RULES = ['LEGACY_IMPORT', 'ORM_RUNTIME', 'LAYER_BOUNDARY', 'AUDIENCE_BOUNDARY', 'UNRESOLVED_IMPORT'];
const RULE_IDS = ['BANNED_NAMING', 'LEGACY_IMPORT', 'ORM_RUNTIME', 'LAYER_BOUNDARY', 'HEADER_LAYER', 'AUDIENCE_BOUNDARY', 'BARREL_STALE', 'UNRESOLVED_IMPORT'];

/** Validates plan text as if read from `abs` (shown as `display` in messages). */
export function parsePlan(abs: string, text: string, display = abs): Plan {
  const { source, issues } = YamlSource.parse(display, text);
  if (issues.length) throw new PlanError(issues);
  const raw = source.doc.toJS() as unknown;
  const top = planSchema(z.unknown()).safeParse(raw, { reportInput: true });
  if (!top.success) throw new PlanError(zodIssues(source, [], top.error.issues, planSchema(z.unknown())));
  const stepIssues: PlanIssue[] = [];
  const steps = (top.data.phases ?? []).map((ph, i) => ph.steps.map((s, j) => checkStep(source, ['phases', i, 'steps', j], s, stepIssues)));
  if (stepIssues.length) throw new PlanError(stepIssues);
  return new PlanBuilder(source, abs, top.data as RawPlan, steps as RawStep[][]).build();
}

function checkStep(source: YamlSource, at: KeyPath, value: unknown, out: PlanIssue[]): RawStep | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    out.push(source.issue(at, `a step must be a mapping with one of: ${stepKinds.join(', ')}`));
    return undefined;
  }
  const keys = Object.keys(value);
  const kinds = keys.filter((k): k is StepKindKey => (stepKinds as string[]).includes(k));
  if (kinds.length !== 1) {
    const guess = keys.map((k) => suggest(k, stepKinds)).find(Boolean);
    const msg = kinds.length
      ? `a step has exactly one kind, found ${kinds.join(' and ')}`
      : `unknown step kind: expected one of ${stepKinds.join(', ')}${guess ? ` (did you mean "${guess}"?)` : ''}`;
    out.push(source.issue(kinds.length ? at : [...at, keys[0] ?? ''], msg, true));
    return undefined;
  }
  const schema = stepSchemas[kinds[0]];
  const parsed = schema.safeParse(value, { reportInput: true });
  if (!parsed.success) {
    out.push(...zodIssues(source, at, parsed.error.issues, schema));
    return undefined;
  }
  return parsed.data as RawStep;
}

/** Resolves paths and cross-references of a schema-valid plan, collecting every issue. */
class PlanBuilder {
  private readonly issues: PlanIssue[] = [];
  private readonly root: string;
  private readonly layerIds: string[];
  private scope: RelPath = '';

  constructor(
    private readonly source: YamlSource,
    private readonly file: string,
    private readonly raw: RawPlan,
    private readonly steps: RawStep[][],
  ) {
    this.root = path.resolve(path.dirname(file), raw.root);
    this.layerIds = Object.keys(raw.layers ?? {});
  }

  build(): Plan {
    const { raw } = this;
    if (!fs.existsSync(this.root) || !fs.statSync(this.root).isDirectory()) {
      this.fail(['root'], `root folder not found: ${this.root}`);
    }
    if (raw.scope !== undefined) this.scope = this.rootPath(raw.scope, ['scope']) ?? '';
    this.checkRules();
    const plan: Plan = {
      version: 1,
      name: raw.name,
      file: this.file,
      root: this.root,
      scope: this.scope,
      ...this.python(),
      ...(raw.ignore !== undefined ? { ignore: raw.ignore.map((g, i) => this.rootGlob(g, ['ignore', i])) } : {}),
      ...(raw.sources !== undefined ? { sources: raw.sources } : {}),
      ...(raw.typecheck !== undefined ? { typecheck: raw.typecheck } : {}),
      layers: Object.entries(raw.layers ?? {}).map(([id, l]) => ({ id, title: l.title, paths: l.paths })),
      audiences: Object.fromEntries(
        Object.entries(raw.audiences ?? {}).map(([k, v]) => [k, this.rootPath(v, ['audiences', k]) ?? '']),
      ),
      rules: this.rules(),
      debt: (raw.debt ?? []).map((d, i) => {
        if (!RULE_IDS.includes(d.rule)) this.fail(['debt', i, 'rule'], this.unknownRule(d.rule));
        else if (d.module !== undefined && !IMPORT_RULES.includes(d.rule)) {
          this.fail(['debt', i, 'module'], `module applies to the import rules only (${IMPORT_RULES.join(', ')}); ${d.rule} findings are not imports`);
        }
        return { ...d, file: this.stepGlob(d.file), loc: this.loc(['debt', i]) };
      }),
      frozen: (raw.frozen ?? []).map((f, i) => ({
        files: f.files.map((g) => this.stepGlob(g)),
        tag: f.tag,
        allow: f.allow,
        loc: this.loc(['frozen', i]),
      })),
      checklist: (raw.checklist ?? []).map((c, i) => {
        c.rules?.forEach((r, j) => RULE_IDS.includes(r) || this.fail(['checklist', i, 'rules', j], this.unknownRule(r)));
        return { item: c.item, rules: c.rules, files: c.files?.map((g) => this.stepGlob(g)), expect: c.expect ?? {}, loc: this.loc(['checklist', i]) };
      }),
      phases: this.phases(),
    };
    if (plan.ignore?.length) this.checkNotIgnored(plan);
    if (this.issues.length) throw new PlanError(this.issues);
    return plan;
  }

  /** A step may not name a path `ignore:` leaves out of the workspace: it would act on files it cannot see. */
  private checkNotIgnored(plan: Plan): void {
    const ignored = ignoreMatcher(plan.ignore ?? []);
    plan.phases.forEach((ph, i) =>
      ph.steps.forEach((step, j) => {
        for (const [key, p] of stepPaths(step)) {
          if (p !== undefined && isIgnoredPath(ignored, p)) this.fail(['phases', i, 'steps', j, ...key], `${p} is ignored (the plan's ignore: leaves it out of the workspace)`);
        }
      }),
    );
  }

  /** A root-relative glob (`ignore:`); one that leaves root cannot match anything there. */
  private rootGlob(g: string, at: KeyPath): string {
    const glob = g.startsWith('//') ? g.slice(2) : g.replace(/^\.\//, '');
    if (path.posix.isAbsolute(glob) || glob === '..' || glob.startsWith('../')) this.fail(at, `ignore glob "${g}" must be relative to root and stay inside it`);
    return glob;
  }

  private phases(): Phase[] {
    const seen = new Map<string, number>();
    return (this.raw.phases ?? []).map((ph, i) => {
      const first = seen.get(ph.id);
      if (first !== undefined) this.fail(['phases', i, 'id'], `duplicate phase id "${ph.id}" (first used by phases[${first}])`);
      seen.set(ph.id, i);
      const steps = this.steps[i].map((s, j) => this.step(s, ['phases', i, 'steps', j]));
      return { id: ph.id, title: ph.title, steps, ...(ph.typecheck !== undefined ? { typecheck: ph.typecheck } : {}), loc: this.loc(['phases', i]) };
    });
  }

  /** `python.roots`: folders of the code base, each checked to exist (a missing root is a plan error). */
  private python(): Pick<Plan, 'python'> {
    const roots = this.raw.python?.roots;
    if (this.raw.python === undefined) return {};
    if (roots === undefined) return { python: {} };
    return {
      python: {
        roots: roots.map((r, i) => {
          const rel = this.rootPath(r, ['python', 'roots', i]) ?? '';
          const abs = path.join(this.root, rel);
          if (!fs.existsSync(abs) || !fs.statSync(abs).isDirectory()) this.fail(['python', 'roots', i], `import root not found: ${r} (no folder ${abs})`);
          return rel;
        }),
      },
    };
  }

  private step(s: RawStep, at: KeyPath): Step {
    const base = { reason: s.reason, deferred: s.deferred, loc: this.loc(at) };
    const p = (v: string, key: string) => this.stepPath(v, [...at, key]) ?? '';
    if ('header' in s) return { kind: 'header', ...base, file: p(s.header, 'header'), set: s.set ?? {}, tags: s.tags ?? [] };
    if ('move' in s) return { kind: 'move', ...base, from: p(s.move, 'move'), to: p(s.to, 'to') };
    if ('split' in s) {
      const extract = Array.isArray(s.extract) ? { names: s.extract } : s.extract;
      if (!Array.isArray(s.extract) && !s.extract.kinds?.length && !s.extract.uses?.length) {
        this.fail([...at, 'extract'], 'extract must name declarations or give kinds or uses');
      }
      if (!Array.isArray(s.extract)) this.checkKinds(s.split, s.extract.kinds ?? [], [...at, 'extract', 'kinds']);
      return {
        kind: 'split', ...base, file: p(s.split, 'split'), extract, to: p(s.to, 'to'),
        withDependencies: s['with-dependencies'] ?? false, reexport: s.reexport ?? false,
      };
    }
    if ('rewrite-imports' in s) {
      const { from, to } = s['rewrite-imports'];
      const target = s.deferred ? this.quietPath(to) : this.stepPath(to, [...at, 'rewrite-imports', 'to']);
      return { kind: 'rewrite-imports', ...base, from, to: target, files: s.files?.map((g) => this.stepGlob(g)) };
    }
    if ('barrel' in s) {
      this.checkLayers(s.layers, [...at, 'layers']);
      return { kind: 'barrel', ...base, dir: p(s.barrel, 'barrel'), layers: s.layers, include: s.include?.map((g) => this.stepGlob(g)), exclude: s.exclude?.map((g) => this.stepGlob(g)) };
    }
    const expect = s.verify?.expect ?? {};
    Object.keys(expect.max ?? {}).forEach((r) => RULE_IDS.includes(r) || this.fail([...at, 'verify', 'expect', 'max', r], this.unknownRule(r), true));
    return { kind: 'verify', ...base, expect };
  }

  private checkRules(): void {
    const rules = this.raw.rules ?? {};
    this.checkLayers(rules.ORM_RUNTIME?.layers, ['rules', 'ORM_RUNTIME', 'layers']);
    for (const [layer, { deny }] of Object.entries(rules.LAYER_BOUNDARY ?? {})) {
      if (!this.layerIds.includes(layer)) this.fail(['rules', 'LAYER_BOUNDARY', layer], this.unknownLayer(layer), true);
      this.checkLayers(deny, ['rules', 'LAYER_BOUNDARY', layer, 'deny']);
    }
  }

  private rules(): Plan['rules'] {
    const r = this.raw.rules ?? {};
    const out: Plan['rules'] = {};
    if (r.BANNED_NAMING) out.BANNED_NAMING = { files: r.BANNED_NAMING.files.map((g) => this.stepGlob(g)) };
    if (r.LEGACY_IMPORT) out.LEGACY_IMPORT = r.LEGACY_IMPORT;
    if (r.ORM_RUNTIME) out.ORM_RUNTIME = { modules: r.ORM_RUNTIME.modules, layers: r.ORM_RUNTIME.layers ?? this.layerIds };
    if (r.LAYER_BOUNDARY) {
      out.LAYER_BOUNDARY = Object.fromEntries(
        Object.entries(r.LAYER_BOUNDARY).map(([layer, b]) => [layer, b['allow-type-only'] ? { deny: b.deny, allowTypeOnly: true } : { deny: b.deny }]),
      );
    }
    if ('HEADER_LAYER' in r) out.HEADER_LAYER = {};
    if ('AUDIENCE_BOUNDARY' in r) out.AUDIENCE_BOUNDARY = {};
    if ('UNRESOLVED_IMPORT' in r) out.UNRESOLVED_IMPORT = {};
    if ('BARREL_STALE' in r) out.BARREL_STALE = { barrels: (r.BARREL_STALE?.barrels ?? []).map((b) => this.stepPath(b, ['rules', 'BARREL_STALE', 'barrels']) ?? '') };
    return out;
  }

  private checkLayers(layers: string[] | undefined, at: KeyPath): void {
    layers?.forEach((l, i) => this.layerIds.includes(l) || this.fail([...at, i], this.unknownLayer(l)));
  }

  private unknownLayer(l: string): string {
    const hint = suggest(l, this.layerIds);
    return `unknown layer "${l}": the plan's layers are ${this.layerIds.join(', ')}${hint ? ` (did you mean "${hint}"?)` : ''}`;
  }

  private unknownRule(r: string): string {
    const hint = suggest(r, RULE_IDS);
    return `unknown rule "${r}"${hint ? ` (did you mean "${hint}"?)` : `: expected one of ${RULE_IDS.join(', ')}`}`;
  }

  /** A split's kinds must be kinds of its file's language (`interface` on a `.py` file is a plan error). */
  private checkKinds(file: string, kinds: DeclarationKind[], at: KeyPath): void {
    const python = /\.pyi?$/.test(file);
    const allowed: readonly DeclarationKind[] = KINDS_BY_LANGUAGE[python ? 'python' : 'typescript'];
    kinds.forEach((k, i) => {
      if (!allowed.includes(k)) this.fail([...at, i], `kind "${k}" is not a ${python ? 'Python' : 'TypeScript'} kind (${file}): use one of ${allowed.join(', ')}`);
    });
  }

  /** A step path: relative to scope, or to root when written `//x`. */
  private stepPath(p: string, at: KeyPath): RelPath | undefined {
    return p.startsWith('//') ? this.rootPath(p.slice(2), at) : this.rootPath(p, at, this.scope);
  }

  private quietPath(p: string): RelPath | undefined {
    return p.startsWith('//') ? normalizeRel(p.slice(2)) : normalizeRel(joinRel(this.scope, p));
  }

  private rootPath(p: string, at: KeyPath, base: RelPath = ''): RelPath | undefined {
    if (path.isAbsolute(p) || /^[A-Za-z]:[\\/]/.test(p)) {
      this.fail(at, `absolute path refused: "${p}" (paths are relative to ${base ? 'scope' : 'root'}, or written //x for root)`);
      return undefined;
    }
    const rel = normalizeRel(joinRel(base, p));
    if (rel === undefined) this.fail(at, `path "${p}" leaves root (${this.root})`);
    return rel;
  }

  /** A glob relative to scope (or `//` root), made root-relative; globs may not climb out with `..`. */
  private stepGlob(g: string): string {
    if (g.startsWith('//')) return g.slice(2);
    return this.scope ? `${this.scope}/${g}` : g;
  }

  private loc(at: KeyPath): SourceLoc {
    return this.source.locate(at);
  }

  private fail(at: KeyPath, message: string, atKey = false): void {
    this.issues.push(this.source.issue(at, message, atKey));
  }
}
