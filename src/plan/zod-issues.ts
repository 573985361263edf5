import type { z } from 'zod';
import type { PlanIssue } from '../errors';
import type { KeyPath, YamlSource } from './yaml-source';

/** Turns zod issues into plan issues that name the key and its line and column. */
export function zodIssues(source: YamlSource, base: KeyPath, issues: z.core.$ZodIssue[], schema: z.ZodType): PlanIssue[] {
  // A misspelt key also makes the key it was meant to be "missing": say it once, as the typo.
  const typoFor = new Set(
    issues.flatMap((i) => (i.code === 'unrecognized_keys' ? i.keys.map((k) => suggest(k, objectKeysAt(schema, i.path as KeyPath))) : []))
      .filter(Boolean),
  );
  const relevant = issues.filter((i) => !(i.code === 'invalid_type' && i.input === undefined && typoFor.has(String(i.path[i.path.length - 1]))));
  return relevant.map((issue) => {
    const path = [...base, ...(issue.path as (string | number)[])];
    const where = describePath(path);
    switch (issue.code) {
      case 'unrecognized_keys': {
        const key = issue.keys[0];
        const options = objectKeysAt(schema, issue.path as KeyPath);
        const hint = suggest(key, options);
        return source.issue([...path, key], `unknown key "${key}"${where ? ` in ${where}` : ''}${hint ? ` (did you mean "${hint}"?)` : ''}`, true);
      }
      case 'invalid_type':
        return source.issue(path, `${where || 'the plan'} must be ${article(issue.expected)}${received(issue)}`, !issue.input && issue.input !== 0);
      case 'invalid_value':
        return source.issue(path, `${where} must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`);
      case 'too_small':
        return source.issue(path, issue.origin === 'number' ? `${where} must be at least ${issue.minimum}` : `${where} must not be empty`);
      default:
        return source.issue(path, `${where}: ${issue.message}`);
    }
  });
}

/** `phases[0].steps[1].to` */
export function describePath(path: KeyPath): string {
  return path.map((seg, i) => (typeof seg === 'number' ? `[${seg}]` : i === 0 ? seg : `.${seg}`)).join('');
}

/** The keys the schema allows at `path`, for "did you mean" hints. */
function objectKeysAt(schema: z.ZodType, path: KeyPath): string[] {
  let node: z.ZodType | undefined = schema;
  for (const seg of path) node = node && child(unwrap(node), seg);
  const obj = node && unwrap(node);
  if (obj && 'shape' in obj) return Object.keys((obj as z.ZodObject).shape);
  if (obj && 'options' in obj) return ((obj as z.ZodUnion).options as z.ZodType[]).flatMap((o) => objectKeysAt(o, []));
  return [];
}

/** Looks through optional/nullable/default wrappers (not arrays, whose unwrap() is their element). */
function unwrap(node: z.ZodType): z.ZodType {
  let n = node;
  while (['optional', 'nullable', 'default'].includes((n as unknown as { _zod: { def: { type: string } } })._zod.def.type)) {
    n = (n as z.ZodOptional).unwrap() as z.ZodType;
  }
  return n;
}

function child(node: z.ZodType, seg: string | number): z.ZodType | undefined {
  if ('shape' in node) return (node as z.ZodObject).shape[seg] as z.ZodType | undefined;
  if ('element' in node) return (node as z.ZodArray).element as z.ZodType;
  if ('valueType' in node) return (node as z.ZodRecord).valueType as z.ZodType;
  return undefined;
}

function article(expected: string): string {
  if (expected === 'array') return 'a list';
  if (expected === 'object' || expected === 'record') return 'a mapping';
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function received(issue: { input?: unknown }): string {
  if (issue.input === undefined) return ' (it is missing)';
  const v = issue.input;
  const kind = v === null ? 'empty' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'a mapping' : `${typeof v} ${JSON.stringify(v)}`;
  return ` (got ${kind})`;
}

/** The closest known word, when it is close enough to be a likely typo. */
export function suggest(word: string, options: string[]): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const o of options) {
    const d = editDistance(word.toLowerCase(), o.toLowerCase());
    if (d < bestScore) [best, bestScore] = [o, d];
  }
  return bestScore <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}
