import type { FileEntry, FileNeed } from '../status/files';
import { mdTable, statusCell } from './seed-markdown';

const GROUPS: Record<FileNeed, { title: string; column: string }> = {
  clean: { title: 'Clean (No Changes Required)', column: 'Layer' },
  header: { title: 'Needs Header Fix Only', column: 'Change' },
  move: { title: 'Needs Relocation', column: 'To' },
  split: { title: 'Needs Split', column: 'Split Into' },
  'move-out': { title: 'Needs Move Out of Scope', column: 'To' },
  imports: { title: 'Needs Legacy Import Fix', column: 'Issue' },
  barrel: { title: 'Needs Init File Update', column: 'Action' },
  attention: { title: 'Needs Attention (No Step Planned)', column: 'Violations' },
  debt: { title: 'Documented Debt (Not Addressed by This Plan)', column: 'Violations' },
};

/** Seed "Files Status Summary": one table per group of files that needed the same thing. */
export function filesSummary(files: FileEntry[]): string[] {
  return (Object.keys(GROUPS) as FileNeed[]).flatMap((need) => {
    const entries = files.filter((f) => f.need === need);
    if (entries.length === 0) return [];
    const rows = entries.map((f) => [`\`${f.file}\``, f.planned, need === 'clean' ? '✅ CLEAN' : statusCell(f.status)]);
    return [`### ${GROUPS[need].title}`, '', mdTable(['File', GROUPS[need].column, 'Status'], rows), ''];
  });
}
