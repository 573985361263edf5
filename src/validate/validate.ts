import picomatch from 'picomatch';
import type { Header } from '../header/header';
import { languageOf, type Language } from '../lang';
import type { Plan, RuleId } from '../plan/types';
import type { ModuleMatcher } from '../workspace/module-pattern';
import { isWithin, type RelPath } from '../workspace/paths';
import type { Workspace } from '../workspace/workspace';
import { classifier } from './classify';
import { rules } from './rules';
import type { FileRule, Finding, Rule, RuleContext, RuleSummary, ValidationResult, Violation } from './types';

export interface ValidateOptions {
  /** Root-relative path whose violations count as in scope; defaults to the plan's scope. */
  path?: RelPath;
}

/** Runs the plan's rules on the workspace's staged tree: rules → violations → debt and scope → summary. */
export function validate(ws: Workspace, plan: Plan, opts: ValidateOptions = {}): ValidationResult {
  const scope = opts.path ?? plan.scope;
  const ctx = ruleContext(ws, plan);
  const ran: ValidationResult['rules'] = [];
  const fileRules: { id: RuleId; rule: FileRule; options: never }[] = [];
  const treeFindings: RuleFinding[] = [];
  for (const id of Object.keys(plan.rules) as RuleId[]) {
    const rule = rules[id] as Rule | undefined;
    if (!rule) continue;
    ran.push({ id, description: rule.description });
    const options = plan.rules[id] as never;
    if (rule.scope === 'file') fileRules.push({ id, rule, options });
    else for (const f of rule.check(ctx, options)) treeFindings.push({ rule: id, f });
  }
  const findings = [...fileFindings(ctx, plan, fileRules), ...treeFindings];
  const debt = plan.debt.map((d) => ({ entry: d, match: picomatch(d.file, { dot: true }), used: false }));
  const violations: Violation[] = findings.map(({ rule, f }) => {
    // Every entry that matches is in use (none is stale), but the first one's reason is the one shown.
    let d: (typeof debt)[number] | undefined;
    for (const e of debt) {
      if (e.entry.rule !== rule || (e.entry.file !== f.file && !e.match(f.file))) continue;
      if (e.entry.module !== undefined && !coversImport(ws, e.entry.module, f)) continue;
      e.used = true;
      d ??= e;
    }
    const v: Violation = { rule, file: f.file, line: f.line, column: f.column, message: f.message, debt: !!d, inScope: isWithin(f.file, scope) };
    if (d) v.debtReason = d.entry.reason;
    return v;
  });
  violations.sort(byPlace);
  return {
    path: scope,
    rules: ran,
    violations,
    summary: summarize(violations),
    staleDebt: debt.filter((d) => !d.used).map(({ entry }) => ({ rule: entry.rule, file: entry.file, reason: entry.reason, line: entry.loc.line })),
  };
}

type RuleFinding = { rule: RuleId; f: Finding };

/** Whether a finding is about an import that a debt entry's `module` pattern (in the finding's file's language) matches. */
function coversImport(ws: Workspace, pattern: string, f: Finding): boolean {
  const lang = languageOf(f.file);
  return f.specifier !== undefined && lang !== undefined && matcherOf(ws, lang, pattern)(f.specifier, f.resolved);
}

/** Per-file findings of the last validation of a workspace, with what they were computed from. */
interface FileFindings {
  plan: Plan;
  layout: number;
  byFile: Map<RelPath, { text: string; found: RuleFinding[] }>;
}
const findingsCache = new WeakMap<Workspace, FileFindings>();

/**
 * Runs the per-file rules file by file, reusing a file's findings from the workspace's last validation
 * when its text and the tree's layout are unchanged: after a phase that edits a few hundred files of
 * ten thousand, the gate checks only those again.
 */
function fileFindings(ctx: RuleContext, plan: Plan, fileRules: { id: RuleId; rule: FileRule; options: never }[]): RuleFinding[] {
  const layout = ctx.ws.overlay.layoutVersion;
  const last = findingsCache.get(ctx.ws);
  const reusable = last && last.plan === plan && last.layout === layout ? last.byFile : undefined;
  const byFile: FileFindings['byFile'] = new Map();
  let checks: { id: RuleId; check: (file: RelPath) => Finding[] }[] | undefined;
  const out: RuleFinding[] = [];
  for (const file of ctx.files) {
    const text = ctx.ws.overlay.read(file);
    let entry = reusable?.get(file);
    if (entry?.text !== text) {
      checks ??= fileRules.map(({ id, rule, options }) => ({ id, check: rule.forFile(ctx, options) }));
      const found: RuleFinding[] = [];
      for (const { id, check } of checks) for (const f of check(file)) found.push({ rule: id, f });
      entry = { text, found };
    }
    byFile.set(file, entry);
    for (const f of entry.found) out.push(f);
  }
  findingsCache.set(ctx.ws, { plan, layout, byFile });
  return out;
}

/** Compiled module patterns per workspace and language: their answers depend only on paths and its settings. */
const matcherCache = new WeakMap<Workspace, Map<string, ModuleMatcher>>();

function matcherOf(ws: Workspace, lang: Language, pattern: string): ModuleMatcher {
  let m = matcherCache.get(ws);
  if (!m) matcherCache.set(ws, (m = new Map()));
  const key = `${lang.id}\0${pattern}`;
  let matcher = m.get(key);
  if (!matcher) m.set(key, (matcher = lang.moduleMatcher(pattern, ws)));
  return matcher;
}

function ruleContext(ws: Workspace, plan: Plan): RuleContext {
  const index = ws.index();
  const headers = new Map<RelPath, Header | undefined>();
  const { layerOf, audienceOf } = classifier(plan);
  return {
    plan,
    ws,
    index,
    files: index.files(),
    layerOf,
    audienceOf,
    header(file) {
      if (!headers.has(file)) headers.set(file, languageOf(file)?.parseHeader(ws.overlay.read(file)));
      return headers.get(file);
    },
    moduleMatchers(patterns) {
      const byLang = new Map<Language, ModuleMatcher[]>();
      return (file) => {
        const lang = languageOf(file)!;
        let list = byLang.get(lang);
        if (!list) byLang.set(lang, (list = patterns.map((p) => matcherOf(ws, lang, p))));
        return list;
      };
    },
    importedAs: (file) => languageOf(file)!.importedAs(file, ws),
  };
}

/** Counts by rule, in scope, debt and actionable (in scope and not debt). */
export function summarize(violations: Violation[]): ValidationResult['summary'] {
  const byRule: Record<string, RuleSummary> = {};
  let inScope = 0;
  let actionable = 0;
  let debt = 0;
  for (const v of violations) {
    const s = (byRule[v.rule] ??= { count: 0, inScope: 0, debt: 0, actionable: 0 });
    s.count++;
    if (v.inScope) (s.inScope++, inScope++);
    if (v.debt) (s.debt++, debt++);
    if (v.inScope && !v.debt) (s.actionable++, actionable++);
  }
  return { total: violations.length, inScope, actionable, debt, byRule };
}

function byPlace(a: Violation, b: Violation): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}
