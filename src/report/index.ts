import { jsonReporter } from './json';
import { markdownReporter } from './markdown';
import { sarifReporter } from './sarif';
import { textReporter } from './text';
import type { Reporter } from './types';

/** Every verify output format by name. */
export const reporters: Record<string, Reporter> = {
  text: textReporter,
  json: jsonReporter,
  sarif: sarifReporter,
  markdown: markdownReporter,
};
