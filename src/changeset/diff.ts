import { structuredPatch } from 'diff';
import type { FileChange } from '../workspace/overlay';

export interface PatchOptions {
  color?: boolean;
}

const C = { red: '\x1b[31m', green: '\x1b[32m', cyan: '\x1b[36m', bold: '\x1b[1m', reset: '\x1b[0m' };

/** A git-style unified diff of the changes (renames as `rename from`/`rename to`) that `git apply` accepts. */
export function renderPatch(changes: FileChange[], opts: PatchOptions = {}): string {
  return changes.map((c) => renderFile(c, opts)).join('');
}

function renderFile(c: FileChange, opts: PatchOptions): string {
  const oldPath = c.from ?? c.path;
  const mode = (c.mode & 0o111 ? '100755' : '100644');
  const head: string[] = [`diff --git a/${oldPath} b/${c.path}`];
  if (c.before === null) head.push(`new file mode ${mode}`);
  else if (c.after === null) head.push(`deleted file mode ${mode}`);
  if (c.from !== undefined) {
    head.push(`similarity index ${similarity(c.before ?? '', c.after ?? '')}%`, `rename from ${c.from}`, `rename to ${c.path}`);
  }
  const before = c.before ?? '';
  const after = c.after ?? '';
  const lines: string[] = [];
  if (before !== after) {
    const patch = structuredPatch(oldPath, c.path, before, after, '', '', { context: 3 });
    lines.push(c.before === null ? '--- /dev/null' : `--- a/${oldPath}`, c.after === null ? '+++ /dev/null' : `+++ b/${c.path}`);
    for (const h of patch.hunks) {
      lines.push(`@@ -${range(h.oldStart, h.oldLines)} +${range(h.newStart, h.newLines)} @@`);
      lines.push(...h.lines);
    }
  }
  if (!opts.color) return [...head, ...lines].join('\n') + '\n';
  const paint = (l: string) =>
    l.startsWith('+++') || l.startsWith('---') ? C.bold + l + C.reset
    : l.startsWith('@@') ? C.cyan + l + C.reset
    : l.startsWith('+') ? C.green + l + C.reset
    : l.startsWith('-') ? C.red + l + C.reset
    : l;
  return [...head.map((l) => C.bold + l + C.reset), ...lines.map(paint)].join('\n') + '\n';
}

/** git's hunk range: `start,count`; an empty side names the line before it (jsdiff names the one after). */
function range(start: number, count: number): string {
  if (count === 0) return `${Math.max(0, start - 1)},0`;
  return count === 1 ? `${start}` : `${start},${count}`;
}

/** Share of unchanged lines, as git estimates it for renames. */
function similarity(a: string, b: string): number {
  if (a === b) return 100;
  const lines = (s: string) => s.replace(/\n$/, '').split('\n');
  const left = lines(a);
  const right = lines(b);
  const rightSet = new Set(right);
  const same = left.filter((l) => rightSet.has(l)).length;
  return Math.floor((100 * same) / Math.max(left.length, right.length));
}
