import type { RelPath } from '../workspace/paths';
import { python } from './python';
import { typescript } from './typescript';
import type { Language } from './types';

/** Every language, in the order their files are claimed. */
export const languages: readonly Language[] = [typescript, python];

/** The language of a file, by its extension; undefined for a file no language reads (CSS, JSON, Markdown). */
export function languageOf(file: RelPath): Language | undefined {
  // Callers ask about one file many times in a row (the validator once per import): the last answer is kept.
  if (file === lastFile) return lastLanguage;
  lastLanguage = undefined;
  for (const lang of languages) {
    if (lang.isSource(file)) {
      lastLanguage = lang;
      break;
    }
  }
  lastFile = file;
  return lastLanguage;
}
let lastFile: RelPath | undefined;
let lastLanguage: Language | undefined;

/** True for the files the import index reads, in any language. */
export function isSource(file: RelPath): boolean {
  return languageOf(file) !== undefined;
}

/** Loads what the languages of these files need before they can answer synchronously (Python's grammar). */
export async function prepareLanguages(files: Iterable<RelPath>): Promise<void> {
  const pending = new Set(languages.filter((l) => l.prepare));
  for (const f of files) {
    for (const lang of pending) {
      if (!lang.isSource(f)) continue;
      pending.delete(lang);
      await lang.prepare!();
    }
    if (pending.size === 0) break;
  }
}

export type { Language, LanguageId } from './types';
