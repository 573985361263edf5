import { isUtf8 } from 'node:buffer';
import { joinRel } from '../../workspace/paths';
import type { Language } from '../types';
import { pySettings } from './settings';

const SOURCE = /\.pyi?$/;

// Each part loads when a Python file first needs it: a command on a tree without Python loads none
// of the lexer, resolver, parser or grammar (they are a third of remediate's modules).
const encoding = () => require('./encoding') as typeof import('./encoding');
const frozen = () => require('./frozen') as typeof import('./frozen');
const header = () => require('./header') as typeof import('./header');
const names = () => require('./module-names') as typeof import('./module-names');
const parser = () => require('./parser') as typeof import('./parser');

/** Python: `.py` modules and `.pyi` stubs, import roots from the plan or pyproject.toml, `__init__.py` barrels. */
export const python: Language = {
  id: 'python',
  name: 'Python',
  isSource: (file) => SOURCE.test(file),
  readSettings: ({ overlay }, options) => (require('./roots') as typeof import('./roots')).findPythonRoots(overlay, options.python?.roots),
  references: (base) => (require('./references') as typeof import('./references')).pythonReferences(base),
  moduleMatcher: (pattern) => (require('./module-pattern') as typeof import('./module-pattern')).pythonModuleMatcher(pattern),
  importedAs: (file, base) => names().moduleNameOf(file, pySettings(base)) ?? file,
  parseHeader: (text) => header().parsePythonHeader(text),
  editHeader: (text, edit) => header().editPythonHeader(text, edit),
  syntaxError: (_file, text) => parser().pythonSyntaxError(text),
  frozenView: (_file, text) => frozen().pythonFrozenView(text),
  movedKey: (statement) => frozen().pythonMovedKey(statement),
  barrelFile: (dir) => joinRel(dir, '__init__.py'),
  // Most files declare nothing and are valid UTF-8: one validity check, no decoder object.
  decode: (file, bytes) => (isUtf8(bytes) && encoding().declaredEncoding(bytes) === undefined ? bytes.toString('utf8') : encoding().decodePython(file, bytes)),
  encode: (file, text) => encoding().encodePython(file, text),
  prepare: () => parser().loadPythonParser(),
};
