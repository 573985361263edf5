import { firstForbiddenChange } from '../../src/frozen/compare';
import { frozenView, movedKey } from '../../src/lang/typescript/frozen';
import type { EditKind } from '../../src/plan/types';

const BEFORE = [
  '// Layer: L4 — Domain Engine',
  "import { Repo } from '../drivers/repo';",
  '',
  '/** Bridges policy events. */',
  'export function bridge(repo: Repo): number {',
  '  return repo.count() + 1; // one for the pending event',
  '}',
  '',
].join('\n');

const ALL: EditKind[] = ['header', 'move', 'imports'];

function change(after: string, allow: EditKind[] = ALL, movedOut: string[] = []): string | undefined {
  return firstForbiddenChange(frozenView('a.ts', BEFORE), frozenView('a.ts', after), allow, new Set(movedOut), movedKey);
}

describe('frozen files: what counts as a change', () => {
  it.each([
    ['comments', BEFORE.replace('/** Bridges policy events. */', '// bridges events').replace(' // one for the pending event', '')],
    ['layout', BEFORE.replace('return repo.count() + 1;', 'return repo.count()+1 ;').replace('{\n', '{\n\n')],
    ['an import specifier', BEFORE.replace("'../drivers/repo'", "'../../general/repo'")],
    ['a header edit, under header', BEFORE.replace('L4 — Domain Engine', 'L5 — Domain Engine\n// Tags: M25_FROZEN')],
    ['an added import, under imports', BEFORE.replace('\n\n/**', "\nimport type { Audit } from '../schemas/audit';\n\n/**")],
  ])('allows %s', (_what, after) => {
    expect(change(after)).toBeUndefined();
  });

  it.each([
    ['a changed expression', BEFORE.replace('+ 1', '+ 2'), ALL, 'changes the statement at line 5: `return repo.count() + 1;` → `return repo.count() + 2;`'],
    ['an added statement', `${BEFORE}export const extra = 1;\n`, ALL, 'adds a statement at line 8: `export const extra = 1;`'],
    ['a removed statement', BEFORE.replace(/\/\*\*[\s\S]*/, ''), ALL, 'removes the statement at line 5: `export function bridge(repo: Repo): number {`'],
    ['a header edit without header', BEFORE.replace('L4', 'L5'), ['move', 'imports'], 'changes its header (Layer: L4 — Domain Engine → Layer: L5 — Domain Engine)'],
    ['an added import without imports', BEFORE.replace('\n\n/**', "\nimport { x } from './x';\n\n/**"), ['header', 'move'], "adds a statement at line 3: `import { x } from './x';`"],
  ])('refuses %s', (_what, after, allow, expected) => {
    expect(change(after, allow as EditKind[])).toBe(expected);
  });

  it('counts a declaration split out unchanged to another file as moved, under move only', () => {
    const after = BEFORE.replace(/\/\*\*[\s\S]*/, "export { bridge } from './bridge';\n");
    const moved = frozenView('b.ts', BEFORE.replace('// Layer: L4 — Domain Engine\n', '')).statements.map((s) => movedKey(s.text));
    expect(change(after, ALL, moved)).toBeUndefined();
    expect(change(after, ['header', 'imports'], moved)).toBe('removes the statement at line 5: `export function bridge(repo: Repo): number {`');
  });
});
