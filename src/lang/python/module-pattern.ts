import picomatch from 'picomatch';
import { memoize } from '../../workspace/memoize';
import type { RelPath } from '../../workspace/paths';

/** A compiled Python module pattern: asked of an import's absolute module and the file it resolves to. */
export type PythonModuleMatcher = (module: string, resolved: RelPath | undefined) => boolean;

/** One pattern segment: a name, `**`, or a one-segment glob compiled to a sticky expression. */
type Segment = { kind: 'name'; name: string } | { kind: 'any' } | { kind: 'glob'; re: RegExp };

/**
 * Compiles a Python module pattern (plan-format.md). A dotted pattern matches a module when it matches
 * the module's first segments (so `app.services` covers `app.services.x`, never `app.servicesx`);
 * `*` is one segment, `**` any number. A pattern with `/` is a root-relative glob over the resolved
 * file, tried with and without `.py`/`.pyi` and with `/__init__.py(i)` stripped; as for TypeScript,
 * `app/services` also covers the files below that folder.
 */
export function pythonModuleMatcher(pattern: string): PythonModuleMatcher {
  return pattern.includes('/') ? pathMatcher(pattern) : dottedMatcher(pattern);
}

function dottedMatcher(pattern: string): PythonModuleMatcher {
  const parts = pattern.split('.');
  if (parts.some((p) => p === '')) throw new Error(`Python module pattern '${pattern}' has an empty segment`);
  if (!pattern.includes('*')) {
    // The validator asks about every import: a plain name is a prefix test that allocates nothing.
    return (module) => module.startsWith(pattern) && (module.length === pattern.length || module.charCodeAt(pattern.length) === 46);
  }
  const segments = parts.map(compileSegment);
  return (module) => matchFrom(segments, 0, module, 0);
}

function compileSegment(part: string): Segment {
  if (part === '**') return { kind: 'any' };
  if (!part.includes('*')) return { kind: 'name', name: part };
  const body = part
    .split('*')
    .map((s) => s.replace(/[\\^$+?.()|[\]{}]/g, '\\$&'))
    .join('[^.]*');
  // `*` alone must still be a whole, non-empty segment.
  return { kind: 'glob', re: new RegExp(`${part === '*' ? '[^.]+' : body}(?=\\.|$)`, 'y') };
}

/**
 * True when segments[si..] match the module from `at` (the start of a segment, or -1 past the end).
 * Running out of pattern is a match: a module matches when a prefix of it does.
 */
function matchFrom(segments: Segment[], si: number, module: string, at: number): boolean {
  if (si === segments.length) return true;
  const seg = segments[si];
  if (seg.kind === 'any') {
    for (let next = at; ; next = nextSegment(module, next)) {
      if (matchFrom(segments, si + 1, module, next)) return true;
      if (next === -1) return false;
    }
  }
  if (at === -1) return false;
  const dot = module.indexOf('.', at);
  const end = dot === -1 ? module.length : dot;
  if (seg.kind === 'name') {
    if (end - at !== seg.name.length || !module.startsWith(seg.name, at)) return false;
  } else {
    seg.re.lastIndex = at;
    if (!seg.re.test(module) || seg.re.lastIndex !== end) return false;
  }
  return matchFrom(segments, si + 1, module, dot === -1 ? -1 : dot + 1);
}

function nextSegment(module: string, at: number): number {
  const dot = module.indexOf('.', at);
  return dot === -1 ? -1 : dot + 1;
}

function pathMatcher(pattern: string): PythonModuleMatcher {
  const glob = picomatch(pattern, { dot: true });
  // Everything before the first glob character must begin the path: most files fail that test at once.
  const literal = /^[^*?[\]{}()!+@]*/.exec(pattern)?.[0] ?? '';
  const prefix = literal.slice(0, literal.lastIndexOf('/') + 1);
  // As for TypeScript (plan-format.md), a path taken literally also covers what lies below it.
  const below = pattern.replace(/\/\*\*$/, '') + '/';
  const test = (s: string) => s.startsWith(below) || glob(s);
  const matches = memoize((file) => spellings(file).some(test));
  return (_module, resolved) => resolved !== undefined && resolved.startsWith(prefix) && matches(resolved);
}

/** The spellings a path pattern is tried against: the file, without its extension, and a package's folder. */
function spellings(file: RelPath): string[] {
  const bare = file.replace(/\.pyi?$/, '');
  const out = [file, bare];
  if (/(^|\/)__init__$/.test(bare)) out.push(bare.replace(/\/?__init__$/, ''));
  return out;
}
