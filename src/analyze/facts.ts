import type { Header } from '../header/header';
import type { CodeBase } from '../lang/types';
import type { RelPath } from '../workspace/paths';
import { pythonFacts } from './facts-python';
import { typescriptFacts } from './facts-typescript';

/** One top-level declaration, as the analyzer sees it. */
export interface DeclarationFact {
  name: string;
  /** A split selector's kind (`interface`, `type`, `enum`, `class`, `function`, `const`, …). */
  kind: string;
  /** The run-time imports whose bindings the declaration refers to: TypeScript specifiers, Python absolute dotted modules. */
  usesModules: string[];
  /** The file's other top-level declarations it refers to (what would follow it out in a split). */
  usesLocals: string[];
  /**
   * Those of `usesLocals` it needs when the module runs, where the language tells them apart (Python:
   * a dataclass is built at run time, an annotation is evaluated too unless the module has
   * `from __future__ import annotations`); undefined for TypeScript, whose data shapes are erased.
   */
  runtimeLocals?: string[];
  line: number;
}

/** One language's answers to what the analyzer asks of a file, and which declaration kinds belong in a schemas folder. */
export interface FactsProvider {
  /** Kinds that hold data shapes only (TypeScript: interface, type, enum; Python: dataclass, enum, constant, type-alias). */
  schemaKinds: readonly string[];
  /** The kind a database function has, for `extract: { kinds: [function], uses: [orm] }`. */
  functionKind: string;
  /** Kinds that bind a plain value (an ORM table, its MetaData): a database function may take them along. */
  valueKinds: readonly string[];
  /** True for files this language reads. */
  handles(file: RelPath): boolean;
  /** The file's header (its comment syntax is the language's); cheap: no parse. */
  header(text: string): Header | undefined;
  /** The file's top-level declarations, from the language's parser; `base` gives the settings modules are named with. */
  declarations(file: RelPath, text: string, base: CodeBase): DeclarationFact[];
}

const providers: FactsProvider[] = [typescriptFacts, pythonFacts];

/** The provider for a file, or undefined for a file no language reads. */
export function factsProviderFor(file: RelPath): FactsProvider | undefined {
  return providers.find((p) => p.handles(file));
}
