import type { Step } from './types';

/** The root-relative paths a step names, each with the keys it is written under in the step. */
export function stepPaths(step: Step): [string[], string | undefined][] {
  switch (step.kind) {
    case 'header':
      return [[['header'], step.file]];
    case 'move':
      return [[['move'], step.from], [['to'], step.to]];
    case 'split':
      return [[['split'], step.file], [['to'], step.to]];
    case 'rewrite-imports':
      return [[['rewrite-imports', 'to'], step.to]];
    case 'barrel':
      return [[['barrel'], step.dir]];
    case 'verify':
      return [];
  }
}
