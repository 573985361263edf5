import type { ts } from 'ts-morph';
import type { FileModel } from './model';
import { applyEdits, attachedStart, lineCut, trailingEnd, type Edit } from './text-edits';

/** A run of adjacent moved statements with their own comments: cut from the source as one piece. */
export interface Block {
  start: number;
  end: number;
  stmts: ts.Statement[];
}

/**
 * Groups the moved statements into blocks. Statements separated only by white space share a block,
 * so their spacing survives the move; a staying statement or a detached comment between them splits it.
 */
export function movedBlocks(m: FileModel, moved: Set<ts.Statement>): Block[] {
  const blocks: Block[] = [];
  let open: Block | undefined;
  for (const stmt of m.sf.statements) {
    if (!moved.has(stmt)) {
      open = undefined;
      continue;
    }
    const start = attachedStart(m.text, stmt, m.headerEnd, m.sf);
    const end = trailingEnd(m.text, stmt);
    if (open && m.text.slice(open.end, start).trim() === '') {
      open.end = end;
      open.stmts.push(stmt);
    } else {
      open = { start, end, stmts: [stmt] };
      blocks.push(open);
    }
  }
  return blocks;
}

/** The edits that delete the blocks from their file, with their lines. */
export function cutBlocks(m: FileModel, blocks: Block[]): Edit[] {
  return blocks.map((b) => ({ ...lineCut(m.text, b.start, b.end), text: '' }));
}

/**
 * The blocks' text for the target, blocks apart by one blank line; `export ` is added to the
 * statements in `exportAt` (after their JSDoc, before any other modifier).
 */
export function blocksText(m: FileModel, blocks: Block[], exportAt: Set<ts.Statement>, eol: string): string {
  return blocks
    .map((b) => {
      const edits = b.stmts.filter((s) => exportAt.has(s)).map((s) => ({ start: s.getStart(m.sf) - b.start, end: s.getStart(m.sf) - b.start, text: 'export ' }));
      return applyEdits(m.text.slice(b.start, b.end), edits);
    })
    .join(eol + eol);
}
