import type { RelPath } from '../workspace/paths';
import { typescript } from './typescript';
import type { Language } from './types';

/** Every language, in the order their files are claimed. */
export const languages: readonly Language[] = [typescript];

/** The language of a file, by its extension; undefined for a file no language reads (CSS, JSON, Markdown). */
export function languageOf(file: RelPath): Language | undefined {
  for (const lang of languages) if (lang.isSource(file)) return lang;
  return undefined;
}

/** True for the files the import index reads, in any language. */
export function isSource(file: RelPath): boolean {
  return languageOf(file) !== undefined;
}

export type { Language, LanguageId } from './types';
