import { parseHeader, editHeader } from '../../header/header';
import { moduleMatcher } from '../../workspace/module-pattern';
import { isSourceFile, joinRel } from '../../workspace/paths';
import { inSomeFileSet } from '../../workspace/project-of';
import { readModuleSettings } from '../../workspace/tsconfig';
import type { Language } from '../types';
import { typescriptReferences } from './references';
import { readOutside } from './read-outside';
import { tsSettings } from './settings';
import { syntaxError } from './syntax';
import { frozenView, movedKey } from './frozen';

/** The files that make TypeScript's settings: every tsconfig.json and package.json (workspace packages). */
const PROJECT_FILE = /(^|\/)(tsconfig|package)\.json$/;

/** TypeScript and JavaScript: the language remediate was first written for (its code stays in src/workspace, src/codemod, src/split). */
export const typescript: Language = {
  id: 'typescript',
  name: 'TypeScript/JavaScript',
  isSource: isSourceFile,
  readSettings({ overlay }) {
    const root = overlay.root;
    const read = (f: string) => {
      const rel = f.startsWith(root + '/') ? f.slice(root.length + 1) : undefined;
      if (rel !== undefined && !rel.startsWith('..') && overlay.exists(rel)) return overlay.read(rel);
      return rel !== undefined ? undefined : readOutside(f);
    };
    return readModuleSettings(root, read, overlay.files().filter((f) => PROJECT_FILE.test(f)));
  },
  inProgram: (file, base) => inSomeFileSet(tsSettings(base), file),
  references: typescriptReferences,
  moduleMatcher: (pattern, base) => moduleMatcher(pattern, tsSettings(base)),
  importedAs: (file) => file,
  parseHeader,
  editHeader,
  syntaxError,
  frozenView,
  movedKey,
  barrelFile: (dir) => joinRel(dir, 'index.ts'),
};
