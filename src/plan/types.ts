import type { RelPath } from '../workspace/paths';

/** Where something was written in the plan file (1-based). */
export interface SourceLoc {
  file: string;
  line: number;
  column: number;
}

export interface LayerDef {
  id: string;
  title: string;
  /** Globs relative to root; the first layer whose glob matches a file wins. */
  paths: string[];
}

export interface RuleOptionsMap {
  BANNED_NAMING?: { files: string[] };
  LEGACY_IMPORT?: { modules: string[] };
  ORM_RUNTIME?: { modules: string[]; layers: string[] };
  /** Per importing layer: the layers it may not import; `allowTypeOnly` exempts `import type`. */
  LAYER_BOUNDARY?: Record<string, { deny: string[]; allowTypeOnly?: boolean }>;
  HEADER_LAYER?: Record<string, never>;
  AUDIENCE_BOUNDARY?: Record<string, never>;
  BARREL_STALE?: { barrels: RelPath[] };
  UNRESOLVED_IMPORT?: Record<string, never>;
}
export type RuleId = keyof RuleOptionsMap;

export interface DebtEntry {
  rule: string;
  /** Root-relative path or glob. */
  file: string;
  /** A module pattern: the entry covers only the rule's import findings whose import matches it. */
  module?: string;
  reason: string;
  loc: SourceLoc;
}

export type EditKind = 'header' | 'move' | 'imports';
export interface FrozenEntry {
  files: RelPath[];
  tag: string;
  allow: EditKind[];
  loc: SourceLoc;
}

/** An `extract` selector: names, or kinds and/or uses that combine (a declaration must satisfy all given). */
export type ExtractSelector =
  | { names: string[] }
  | { kinds?: DeclarationKind[]; uses?: string[] };
/** TypeScript kinds (interface, type, enum, class, function, const) and Python kinds (class, dataclass, enum, function, constant, variable, type-alias). */
export type DeclarationKind = 'interface' | 'type' | 'enum' | 'class' | 'function' | 'const' | 'dataclass' | 'constant' | 'variable' | 'type-alias';

/** The kinds each language's files have; a kind of the other language is a plan error. */
export const KINDS_BY_LANGUAGE = {
  typescript: ['interface', 'type', 'enum', 'class', 'function', 'const'],
  python: ['class', 'dataclass', 'enum', 'function', 'constant', 'variable', 'type-alias'],
} as const satisfies Record<string, readonly DeclarationKind[]>;

export interface Expectation {
  actionable?: number;
  max?: Record<string, number>;
}

interface StepBase {
  reason?: string;
  /** A deferred step is listed and reported, never applied. */
  deferred?: string;
  loc: SourceLoc;
}
export interface HeaderStep extends StepBase {
  kind: 'header';
  file: RelPath;
  set: Record<string, string>;
  /** Markers to add; a leading `-` removes the marker instead. */
  tags: string[];
}
export interface MoveStep extends StepBase {
  kind: 'move';
  from: RelPath;
  to: RelPath;
}
export interface SplitStep extends StepBase {
  kind: 'split';
  file: RelPath;
  extract: ExtractSelector;
  to: RelPath;
  withDependencies: boolean;
  reexport: boolean;
}
export interface RewriteImportsStep extends StepBase {
  kind: 'rewrite-imports';
  /** A module pattern: a specifier prefix or glob, or a root-relative path glob. */
  from: string;
  /** Root-relative module or folder path, or undefined for a deferred step whose target is not known. */
  to?: RelPath;
  /** Root-relative globs that narrow the importers touched. */
  files?: string[];
}
export interface BarrelStep extends StepBase {
  kind: 'barrel';
  dir: RelPath;
  layers?: string[];
  include?: string[];
  exclude?: string[];
}
export interface VerifyStep extends StepBase {
  kind: 'verify';
  expect: Expectation;
}
export type Step = HeaderStep | MoveStep | SplitStep | RewriteImportsStep | BarrelStep | VerifyStep;
export type StepKind = Step['kind'];

export interface Phase {
  id: string;
  title: string;
  steps: Step[];
  /** Type-check this phase (the type-check gate): it may add no TypeScript diagnostic. */
  typecheck?: boolean;
  loc: SourceLoc;
}

/** A closing check: holds when the listed rules find nothing (debt included) in `files`, and `expect` holds. */
export interface ChecklistItem {
  item: string;
  rules?: string[];
  /** Root-relative globs narrowing the files counted. */
  files?: string[];
  expect: Expectation;
  loc: SourceLoc;
}

/** A loaded, validated plan. Every path in it is root-relative and inside root. */
export interface Plan {
  version: 1;
  name: string;
  /** The plan file's absolute path. */
  file: string;
  /** Absolute path of the code base. */
  root: string;
  /** Root-relative scope ('' when the plan has none). */
  scope: RelPath;
  /** `python.roots` made root-relative; absent when the plan does not set them (they are found from the tree). */
  python?: { roots?: RelPath[] };
  /** Root-relative globs of paths left out of the workspace (`ignore:`); absent when the plan has none. */
  ignore?: string[];
  /** `tsconfig`: files outside every tsconfig's file set are not read as code; absent means `all`. */
  sources?: 'all' | 'tsconfig';
  /** Type-check every phase (the type-check gate); absent means only phases that ask, or `run --typecheck`. */
  typecheck?: boolean;
  layers: LayerDef[];
  audiences: Record<string, RelPath>;
  rules: RuleOptionsMap;
  debt: DebtEntry[];
  frozen: FrozenEntry[];
  checklist: ChecklistItem[];
  phases: Phase[];
}
