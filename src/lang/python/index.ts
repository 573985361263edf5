import { joinRel } from '../../workspace/paths';
import type { Language } from '../types';
import { isUtf8 } from 'node:buffer';
import { declaredEncoding, decodePython, encodePython } from './encoding';
import { pythonFrozenView, pythonMovedKey } from './frozen';
import { editPythonHeader, parsePythonHeader } from './header';
import { moduleNameOf } from './module-names';
import { pythonModuleMatcher } from './module-pattern';
import { loadPythonParser, pythonSyntaxError } from './parser';
import { pythonReferences } from './references';
import { findPythonRoots } from './roots';
import { pySettings } from './settings';

const SOURCE = /\.pyi?$/;

/** Python: `.py` modules and `.pyi` stubs, import roots from the plan or pyproject.toml, `__init__.py` barrels. */
export const python: Language = {
  id: 'python',
  name: 'Python',
  isSource: (file) => SOURCE.test(file),
  readSettings: ({ overlay }, options) => findPythonRoots(overlay, options.python?.roots),
  references: pythonReferences,
  moduleMatcher: (pattern) => pythonModuleMatcher(pattern),
  importedAs: (file, base) => moduleNameOf(file, pySettings(base)) ?? file,
  parseHeader: parsePythonHeader,
  editHeader: editPythonHeader,
  syntaxError: (_file, text) => pythonSyntaxError(text),
  frozenView: (_file, text) => pythonFrozenView(text),
  movedKey: pythonMovedKey,
  barrelFile: (dir) => joinRel(dir, '__init__.py'),
  // Most files declare nothing and are valid UTF-8: one validity check, no decoder object.
  decode: (file, bytes) => (isUtf8(bytes) && declaredEncoding(bytes) === undefined ? bytes.toString('utf8') : decodePython(file, bytes)),
  encode: encodePython,
  prepare: loadPythonParser,
};
