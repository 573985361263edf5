import { isSourceFile, type RelPath } from '../workspace/paths';
import type { Workspace } from '../workspace/workspace';
import { ImportRewrite, type RewriteRequest } from './import-rewrite';
import { assertParses } from './parse-check';
import { applyEdits } from './text-edits';

/** Stages a rewrite-imports request on the whole tree; returns the importers it edited (with how many imports). */
export function stageRewrite(ws: Workspace, req: RewriteRequest): { file: RelPath; count: number }[] {
  const py = require('./python/stage-python-rewrite') as typeof import('./python/stage-python-rewrite');
  const python = py.pythonTarget(ws.overlay, req.to);
  if (python !== undefined) return py.stagePythonRewrite(ws, req, python);
  const rewrite = new ImportRewrite(ws.overlay, ws.settings, req);
  const index = ws.index();
  const texts = new Map<RelPath, { text: string; count: number }>();
  for (const file of index.files()) {
    if (!isSourceFile(file) || !rewrite.covers(file)) continue;
    const edits = rewrite.editsFor(index.importsOf(file));
    if (edits.length) texts.set(file, { text: applyEdits(ws.overlay.read(file), edits), count: edits.length });
  }
  assertParses([...texts.keys()].map((path) => ({ path, text: ws.overlay.read(path) })), 'cannot rewrite imports');
  for (const [file, { text }] of texts) ws.overlay.write(file, text);
  return [...texts].map(([file, { count }]) => ({ file, count }));
}
