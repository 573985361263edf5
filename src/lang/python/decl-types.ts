/** What a top-level Python declaration is, most specific first (an enum class is 'enum', not 'class'). */
export type PyDeclKind = 'class' | 'dataclass' | 'enum' | 'function' | 'constant' | 'variable' | 'type-alias';

/** One top-level declaration of a Python module: what a split moves and a barrel lists. */
export interface PyDeclaration {
  /** The names it binds at top level (one, except `a = b = 1` or `x, y = …`). */
  names: string[];
  kind: PyDeclKind;
  /** From the first of the comment lines directly above it (no blank line between) or its first decorator, to the end of its last line, line break included. */
  start: number;
  end: number;
  /** 1-based line where the statement starts (its first decorator for a decorated definition). */
  line: number;
  /** Free names it reads, in order of first occurrence, excluding its own names (the caller intersects with module bindings). */
  uses: string[];
  /** The subset of `uses` that appear only inside annotations (string annotations' contents included). */
  annotationOnlyUses: string[];
  /** No leading underscore on its first name. */
  public: boolean;
  /** Classes only: the simple names of its positional bases (`enum.Enum` gives 'Enum'), for closing enums across files. */
  bases?: string[];
}

/** One top-level import statement (one entry per module of `import a, b`). */
export interface PyImport {
  /** The statement's whole lines, line break included. */
  start: number;
  end: number;
  /** The names it binds locally (`import a.b` binds 'a'; `from x import y as z` binds 'z'; `*` binds none). */
  binds: string[];
  /** The module without its leading dots (`from ..a.b import c` gives 'a.b'; `from . import c` gives ''). */
  module: string;
  /** The number of leading dots (0 for absolute imports). */
  level: number;
  /** The imported names: `from x import y as z` gives {name:'y', alias:'z'}; `import a.b as c` gives {name:'a.b', alias:'c'}. */
  names: { name: string; alias?: string }[];
  /** It lies under `if TYPE_CHECKING:` (or `if typing.TYPE_CHECKING:`). */
  typeOnly: boolean;
}

/** A top-level statement that is neither a declaration nor an import. */
export interface PyOtherStatement {
  start: number;
  end: number;
  uses: string[];
}

/** What a split or a barrel needs to know about one Python module. */
export interface PyModuleFacts {
  /** In file order. */
  declarations: PyDeclaration[];
  imports: PyImport[];
  /** The literal `__all__` list/tuple (plus literal `+=` extensions); undefined when absent or not all string literals. */
  all?: string[];
  /** `from __future__ import annotations` is present. */
  futureAnnotations: boolean;
  /** `__all__` when present, else the public names of its top-level declarations, in file order. */
  exported: string[];
  /** Expressions, if-blocks that are not TYPE_CHECKING imports, loops, try-blocks and the like. */
  other: PyOtherStatement[];
}
