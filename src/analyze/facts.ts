import type { Header } from '../header/header';
import type { RelPath } from '../workspace/paths';
import { typescriptFacts } from './facts-typescript';

/** One top-level declaration, as the analyzer sees it. */
export interface DeclarationFact {
  name: string;
  /** A split selector's kind (`interface`, `type`, `enum`, `class`, `function`, `const`, …). */
  kind: string;
  /** Specifiers of the run-time imports whose bindings the declaration refers to. */
  usesModules: string[];
  /** The file's other top-level declarations it refers to (what would follow it out in a split). */
  usesLocals: string[];
  line: number;
}

/** One language's answers to what the analyzer asks of a file, and which declaration kinds belong in a schemas folder. */
export interface FactsProvider {
  /** Kinds that hold data shapes only (TypeScript: interface, type, enum; Python: dataclass, enum, constant). */
  schemaKinds: readonly string[];
  /** The kind a database function has, for `extract: { kinds: [function], uses: [orm] }`. */
  functionKind: string;
  /** True for files this language reads. */
  handles(file: RelPath): boolean;
  /** The file's header (its comment syntax is the language's); cheap: no parse. */
  header(text: string): Header | undefined;
  /** The file's top-level declarations, from the language's parser. */
  declarations(file: RelPath, text: string): DeclarationFact[];
}

const providers: FactsProvider[] = [typescriptFacts];

/** The provider for a file, or undefined for a file no language reads. */
export function factsProviderFor(file: RelPath): FactsProvider | undefined {
  return providers.find((p) => p.handles(file));
}
