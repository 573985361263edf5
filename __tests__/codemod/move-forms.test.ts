import * as path from 'node:path';
import { copyTree } from '../helpers/tree';
import { FIXTURES, fixtureCases, runCase, typeErrors } from '../operations/fixture-trees';

// Every reference form a move follows, each held to TypeScript: before/ type-checks cleanly, the
// move gives exactly after/, which type-checks cleanly too, and a second run changes nothing.
describe('move fixtures: every reference form', () => {
  const cases = fixtureCases('move-forms');

  it('has a case for every form', () => {
    expect(cases).toEqual(CASES);
  });

  it.each(cases)('%s: before/ type-checks cleanly', (name) => {
    expect(typeErrors(copyTree(path.join(FIXTURES, 'move-forms', name, 'before')))).toEqual([]);
  });

  it.each(cases)('%s: the tree is exactly after/, it type-checks, and a second run changes nothing', (name) => {
    const run = runCase('move-forms', name);
    expect(run.first.map((r) => r.status)).toEqual(['applied']);
    expect(run.actual).toEqual(run.expected);
    expect(typeErrors(run.root)).toEqual([]);
    expect(run.again).toEqual(run.expected);
  });
});

const CASES = ['augmentation', 'import-meta', 'jsdoc', 'runtime', 'triple-slash'];
