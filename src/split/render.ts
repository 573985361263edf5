import { ts } from 'ts-morph';
import { eolOf } from './text-edits';

/** How a file writes its import lines: quote character, statement terminator, line break. */
export interface Style {
  quote: string;
  semi: string;
  eol: string;
}

/** The style of a file's first module declaration (`'` and `;` when it has none). */
export function styleOf(sf: ts.SourceFile): Style {
  const text = sf.getFullText();
  const first = sf.statements.find(
    (s): s is ts.ImportDeclaration | ts.ExportDeclaration => (ts.isImportDeclaration(s) || ts.isExportDeclaration(s)) && s.moduleSpecifier !== undefined,
  );
  if (!first?.moduleSpecifier) return { quote: "'", semi: ';', eol: eolOf(text) };
  return { quote: text[first.moduleSpecifier.getStart(sf)], semi: text[first.getEnd() - 1] === ';' ? ';' : '', eol: eolOf(text) };
}

/** `head clause from 'specifier';` (`import type { a } from './x';`, `export * from './x';`). */
export function moduleLine(style: Style, head: string, clause: string, specifier: string): string {
  return `${head} ${clause} from ${style.quote}${specifier}${style.quote}${style.semi}`;
}

/** Past this width a generated list of names is written one name a line, as formatters do. */
const MAX_LINE = 100;

/** `head { a, b as c } from 'x';` (after `lead`, a default import), one name a line when too long. */
export function namedLine(style: Style, head: string, elements: string[], specifier: string, lead = ''): string {
  const line = moduleLine(style, head, `${lead}{ ${elements.join(', ')} }`, specifier);
  if (line.length <= MAX_LINE) return line;
  const list = elements.map((e) => `  ${e},${style.eol}`).join('');
  return moduleLine(style, head, `${lead}{${style.eol}${list}}`, specifier);
}

/** `import x = require('m');`, type-only when asked. */
export function equalsLine(style: Style, typeOnly: boolean, local: string, specifier: string): string {
  return `import ${typeOnly ? 'type ' : ''}${local} = require(${style.quote}${specifier}${style.quote})${style.semi}`;
}
