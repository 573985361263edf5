import type { ImportedName, LexedImport } from '../../workspace/lexer';
import { PyImportLexer } from './import-lexer';

export type PyImportKind = 'import' | 'from' | 'submodule' | 'dynamic' | 'mock';

/** One name of `from M import a, b as c` (the index's binding shape). */
export type PyImportName = ImportedName;

/**
 * One module reference in a Python file, as written, in the import index's record shape. `specifier`
 * is the module as written: 'a.b.c', '..drivers.events', '.' (dots kept for relative imports); for
 * 'submodule' the from-module joined with the name ('..drivers' + 'events' -> '..drivers.events');
 * for 'dynamic'/'mock' the string literal's value. `start`/`end` are the module name as written ('submodule':
 * the imported name; 'dynamic'/'mock': the string literal, prefix and quotes included); `stmtStart`/`stmtEnd`
 * the whole statement (continuation lines and parentheses included, no trailing newline or ';') or the call;
 * `line`/`column` 1-based UTF-16 of `start`; `typeOnly` under `if TYPE_CHECKING:` (nested blocks too, not its
 * `elif`/`else`); `namespace` the alias of `import a.b as c`; `names` absent for a star import.
 */
export interface PyImport extends LexedImport {
  kind: PyImportKind;
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
