import * as path from 'node:path';
import { barrelFileOf } from '../codemod/barrel-language';
import type { FolderFiles } from '../operations/types';
import type { ExtractSelector, Plan, Step } from '../plan/types';
import { displayPath } from './display';

/** A step in three short columns, paths as the plan writes them (status table, report). */
export interface StepSummary {
  action: string;
  subject: string;
  change: string;
}

/** Describes a step for tables; unlike an operation's `describe`, it needs no registered operation. `folderFiles` names a barrel's file (`index.ts` without it). */
export function summarizeStep(plan: Plan, step: Step, folderFiles: FolderFiles = () => []): StepSummary {
  const show = (p: string) => displayPath(plan, p);
  switch (step.kind) {
    case 'header': {
      const sets = Object.entries(step.set).map(([k, v]) => `${k}: ${v}`);
      const tags = step.tags.map((t) => (t.startsWith('-') ? `untag ${t.slice(1)}` : `tag ${t}`));
      return { action: 'header', subject: show(step.file), change: [...sets, ...tags].join('; ') };
    }
    case 'move':
      return { action: 'move', subject: show(step.from), change: `→ ${show(step.to)}` };
    case 'split':
      return { action: 'split', subject: show(step.file), change: `${selector(step.extract)} → ${show(step.to)}` };
    case 'rewrite-imports': {
      const files = step.files?.length ? ` (in ${step.files.map(show).join(', ')})` : '';
      return { action: 'rewrite-imports', subject: step.from, change: `→ ${step.to === undefined ? 'TBD' : show(step.to)}${files}` };
    }
    case 'barrel':
      return { action: 'barrel', subject: show(step.dir), change: `regenerate ${path.posix.basename(barrelFileOf(step.dir, folderFiles(step.dir)))}${step.layers ? `, ${step.layers.join(', ')} only` : ''}` };
    case 'verify': {
      const parts = step.expect.actionable === undefined ? [] : [`actionable ≤ ${step.expect.actionable}`];
      for (const [rule, n] of Object.entries(step.expect.max ?? {})) parts.push(`${rule} ≤ ${n}`);
      return { action: 'verify', subject: plan.scope === '' ? 'root' : 'scope', change: parts.join(', ') || 'no new violations' };
    }
  }
}

function selector(s: ExtractSelector): string {
  if ('names' in s) return s.names.join(', ');
  const parts = [...(s.kinds?.length ? [`kinds ${s.kinds.join(', ')}`] : []), ...(s.uses?.length ? [`uses ${s.uses.join(', ')}`] : [])];
  return parts.join('; ');
}
