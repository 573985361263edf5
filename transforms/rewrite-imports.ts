import * as fs from 'node:fs';
import * as path from 'node:path';
import type { API, FileInfo, Options } from 'jscodeshift';
import { ImportRewrite } from '../src/codemod/import-rewrite';
import { syntaxError } from '../src/lang/typescript/syntax';
import { applyEdits } from '../src/codemod/text-edits';
import { lexImports } from '../src/workspace/lexer';
import { normalizeRel, toPosix } from '../src/workspace/paths';
import { ModuleResolver } from '../src/workspace/resolver';
import { Workspace } from '../src/workspace/workspace';

/**
 * jscodeshift transform for the `rewrite-imports` step, for use outside a plan:
 *   npx jscodeshift -t transforms/rewrite-imports.ts --parser ts --from app/services --to src/app/services src/
 * `--to` (and `--files`, comma-separated globs) are relative to the project root: `--root`, else the
 * nearest folder above the file that holds a tsconfig.json, else the current folder. Imports are
 * resolved against that tree as it is on disk. Returns null (no change) when nothing matches.
 */
export default function transform(file: FileInfo, _api: API, options: Options): string | null {
  const { from, to } = options as { from?: unknown; to?: unknown };
  if (typeof from !== 'string' || typeof to !== 'string') throw new Error('rewrite-imports needs --from PATTERN and --to PATH');
  const absFile = path.resolve(file.path);
  const root = typeof options.root === 'string' ? path.resolve(options.root) : projectRoot(absFile);
  const rel = normalizeRel(toPosix(path.relative(root, absFile)));
  if (rel === undefined) return null;
  const { ws, resolver } = project(root);
  const rewrite = new ImportRewrite(ws.overlay, ws.settings, { from, to, files: globs(options.files) });
  if (!rewrite.covers(rel)) return null;
  const imports = lexImports(file.source).map((r) => ({ ...r, file: rel, resolved: resolver.resolve(rel, r.specifier, r.kind) }));
  const edits = rewrite.editsFor(imports);
  if (edits.length === 0) return null;
  const broken = syntaxError(rel, file.source);
  if (broken !== undefined) throw new Error(`${rel}:${broken}: the file does not parse, so its imports are not rewritten`);
  return applyEdits(file.source, edits);
}

export const parser = 'ts';

const projects = new Map<string, { ws: Workspace; resolver: ModuleResolver }>();

/** The opened tree (listed and configured once per process: jscodeshift calls us once per file). */
function project(root: string): { ws: Workspace; resolver: ModuleResolver } {
  let p = projects.get(root);
  if (!p) {
    const ws = Workspace.open(root);
    p = { ws, resolver: new ModuleResolver(ws.overlay, ws.settings) };
    projects.set(root, p);
  }
  return p;
}

function projectRoot(absFile: string): string {
  for (let dir = path.dirname(absFile); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'tsconfig.json'))) return dir;
    if (path.dirname(dir) === dir) return process.cwd();
  }
}

function globs(value: unknown): string[] | undefined {
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? value.split(',').map((g) => g.trim()).filter(Boolean) : undefined;
}
