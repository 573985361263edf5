import { addedDiagnostics } from '../../src/typecheck/compare';
import type { TypeDiagnostic } from '../../src/typecheck/diagnostic';

const d = (file: string, line: number, code: number, message: string): TypeDiagnostic => ({ file, line, column: 1, code, message, project: 'tsconfig.json' });
const moved = (p: string) => (p === 'src/a.ts' ? 'lib/a.ts' : p);

describe('addedDiagnostics', () => {
  it.each([
    ['the same error on another line is not new', [d('src/b.ts', 3, 2322, 'm')], [d('src/b.ts', 9, 2322, 'm')], []],
    ['an error that moved with its file is not new', [d('src/a.ts', 1, 2322, 'm')], [d('lib/a.ts', 1, 2322, 'm')], []],
    ['an error at the old path of a moved file (a new file there) is new', [d('src/a.ts', 1, 2322, 'm')], [d('src/a.ts', 1, 2322, 'm')], [d('src/a.ts', 1, 2322, 'm')]],
    ['a second identical error is new (multiplicity counts)', [d('src/b.ts', 1, 2322, 'm')], [d('src/b.ts', 1, 2322, 'm'), d('src/b.ts', 5, 2322, 'm')], [d('src/b.ts', 5, 2322, 'm')]],
    ['another code or message is new', [d('src/b.ts', 1, 2322, 'm')], [d('src/b.ts', 1, 2305, 'm'), d('src/b.ts', 1, 2322, 'n')], [d('src/b.ts', 1, 2305, 'm'), d('src/b.ts', 1, 2322, 'n')]],
    ['a global diagnostic counts like any other', [d('', 0, 2318, 'g')], [d('', 0, 2318, 'g'), d('', 0, 2318, 'h')], [d('', 0, 2318, 'h')]],
    ['fixed errors add nothing', [d('src/b.ts', 1, 2322, 'm')], [], []],
  ])('%s', (_name, before, after, added) => {
    expect(addedDiagnostics(before, after, moved)).toEqual(added);
  });
});
