import type { LanguageId } from '../lang';
import { python } from '../lang/python';
import { dirOf, type RelPath } from '../workspace/paths';
import { barrelFile, renderBarrel, type BarrelSource, type BarrelSpec } from './barrel';

const TS_MODULE = /\.(ts|tsx|mts|cts)$/;
const DECLARATION_FILE = /\.d\.[cm]?ts$/;

/** A folder's barrel: its file, its language, and the text the barrel step would give it now. */
export interface GeneratedBarrel {
  file: RelPath;
  language: LanguageId;
  text: string;
}

/** The files directly in a folder, from a listing of the tree. */
export function filesIn(files: readonly RelPath[], dir: RelPath): RelPath[] {
  return files.filter((f) => dirOf(f) === dir);
}

/**
 * The language of a folder's barrel, from the files directly in it: a Python package (`__init__.py`
 * or `.py` modules) with no TypeScript module gets `__init__.py`; anything else keeps `index.ts`.
 */
export function barrelLanguage(folderFiles: readonly RelPath[]): LanguageId {
  const isTs = (f: RelPath) => TS_MODULE.test(f) && !DECLARATION_FILE.test(f);
  return folderFiles.some((f) => f.endsWith('.py')) && !folderFiles.some(isTs) ? 'python' : 'typescript';
}

/** The barrel file of a folder holding `folderFiles`: `__init__.py` for a Python package, else `index.ts`. */
export function barrelFileOf(dir: RelPath, folderFiles: readonly RelPath[]): RelPath {
  return barrelLanguage(folderFiles) === 'python' ? python.barrelFile(dir) : barrelFile(dir);
}

/** Generates a folder's barrel in the language of the files directly in it (the staged tree's). */
export function generateBarrel(src: BarrelSource, spec: BarrelSpec): GeneratedBarrel {
  const language = barrelLanguage(filesIn(src.overlay.files(), spec.dir));
  if (language === 'python') return { file: python.barrelFile(spec.dir), language, text: (require('./python/barrel') as typeof import('./python/barrel')).renderPythonBarrel(src, spec) };
  return { file: barrelFile(spec.dir), language, text: renderBarrel(src, spec) };
}
