import type { Header } from '../header/header';
import type { Plan, RuleId, RuleOptionsMap } from '../plan/types';
import type { ImportIndex } from '../workspace/import-index';
import type { ModuleMatcher } from '../workspace/module-pattern';
import type { RelPath } from '../workspace/paths';
import type { Workspace } from '../workspace/workspace';

/** One finding, as the contract's `verify --format json` shows it. */
export interface Violation {
  rule: string;
  /** Root-relative, `/`-separated. */
  file: RelPath;
  line: number;
  column: number;
  message: string;
  /** True when a `debt` entry documents it: reported apart, not actionable. */
  debt: boolean;
  debtReason?: string;
  /** True when the file lies under the verified path (`--path`, default the plan's scope). */
  inScope: boolean;
}

/**
 * What a rule reports; the validator adds debt and scope. A finding about one import carries it (its
 * specifier and the file it resolves to), so a debt entry's `module` can cover that import alone.
 */
export type Finding = Pick<Violation, 'file' | 'line' | 'column' | 'message'> & { specifier?: string; resolved?: RelPath };

/** Everything a rule may look at; all of it describes the staged tree. */
export interface RuleContext {
  plan: Plan;
  ws: Workspace;
  index: ImportIndex;
  /** Source files of the tree, sorted. */
  files: RelPath[];
  layerOf(file: RelPath): string | undefined;
  audienceOf(file: RelPath): string | undefined;
  header(file: RelPath): Header | undefined;
  /**
   * The plan's module patterns compiled for a file's language (`app/services/**` for TypeScript,
   * `app.services` for Python): call once per rule, then once per file.
   */
  moduleMatchers(patterns: string[]): (file: RelPath) => ModuleMatcher[];
  /** What a file is imported as, tested against module patterns as an import resolving to it would be. */
  importedAs(file: RelPath): string;
}

interface RuleMeta<Id extends RuleId> {
  id: Id;
  description: string;
}

/**
 * A rule whose findings in a file depend only on that file's text and the tree's layout (which files
 * exist, so what imports resolve to and the layers and audiences of their targets). `forFile` sets the
 * rule up once per validation and returns its check of one file; the validator reuses a file's
 * findings while its text and the layout stay the same (the gate validates a phase's tree again).
 */
export interface FileRule<Id extends RuleId = RuleId> extends RuleMeta<Id> {
  scope: 'file';
  forFile(ctx: RuleContext, options: NonNullable<RuleOptionsMap[Id]>): (file: RelPath) => Finding[];
}

/** A rule that reads across files (a barrel and the modules it exports): checked whole every time. */
export interface TreeRule<Id extends RuleId = RuleId> extends RuleMeta<Id> {
  scope: 'tree';
  check(ctx: RuleContext, options: NonNullable<RuleOptionsMap[Id]>): Finding[];
}

/** A rule: metadata plus a pure check (typescript-eslint style). */
export type Rule<Id extends RuleId = RuleId> = FileRule<Id> | TreeRule<Id>;

export interface RuleSummary {
  count: number;
  inScope: number;
  debt: number;
  actionable: number;
}

/** A debt entry that matched nothing: the debt was paid, or the entry is wrong. */
export interface StaleDebt {
  rule: string;
  file: string;
  reason: string;
  line: number;
}

export interface ValidationResult {
  /** The verified path (root-relative; '' for the whole root). */
  path: RelPath;
  /** The rules that ran, in plan order, so reporters can describe them without importing them. */
  rules: { id: RuleId; description: string }[];
  violations: Violation[];
  summary: {
    total: number;
    inScope: number;
    /** In scope and not debt. */
    actionable: number;
    debt: number;
    byRule: Record<string, RuleSummary>;
  };
  staleDebt: StaleDebt[];
}
