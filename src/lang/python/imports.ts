import { PyImportLexer } from './import-lexer';

export type PyImportKind = 'import' | 'from' | 'submodule' | 'dynamic' | 'mock';

/** One name of `from M import a, b as c`. */
export interface PyImportName {
  name: string;
  alias?: string;
  typeOnly: boolean;
}

/** One module reference in a Python file, as written. */
export interface PyImport {
  kind: PyImportKind;
  /**
   * The module as written: 'a.b.c', '..drivers.events', '.' (dots kept for relative imports). For
   * 'submodule': the from-module joined with the name ('..drivers' + 'events' -> '..drivers.events',
   * '.' + 'x' -> '.x'). For 'dynamic'/'mock': the string literal's value.
   */
  specifier: string;
  /** Offsets of the module name as written ('submodule': the imported name; 'dynamic'/'mock': the string literal, prefix and quotes included). */
  start: number;
  end: number;
  /** Offsets of the whole statement (continuation lines and parentheses included, no trailing newline or ';'), or of the call. */
  stmtStart: number;
  stmtEnd: number;
  /** 1-based line and column (UTF-16 code units) of `start`. */
  line: number;
  column: number;
  /** Under `if TYPE_CHECKING:` / `if typing.TYPE_CHECKING:` (nested blocks too; not its `elif`/`else`). */
  typeOnly: boolean;
  /** `import a.b as c` -> 'c'. */
  namespace?: string;
  /** For 'from': the imported names (absent for a star import). */
  names?: PyImportName[];
  /** `from x import *` */
  star?: boolean;
  /** Filled in by the import index; created as '' and undefined so every record has one shape. */
  file: string;
  resolved?: string;
}

/** A dynamic import whose module is not a plain string literal (so cannot be resolved statically). */
export interface NonLiteralDynamic {
  line: number;
  column: number;
  /** The callee as written without blanks: 'importlib.import_module', 'import_module' or '__import__'. */
  call: string;
}

export interface PyLexResult {
  imports: PyImport[];
  nonLiteral: NonLiteralDynamic[];
}

/** Lists every module reference in a Python file (a single pass, no parse). */
export function lexPythonImports(text: string): PyLexResult {
  return new PyImportLexer(text).run();
}
