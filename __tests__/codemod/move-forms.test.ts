import * as path from 'node:path';
import { renderRunJson, renderRunText } from '../../src/report/run-report';
import { copyTree } from '../helpers/tree';
import { loadCasePlan } from '../operations/fixture-trees';
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

const CASES = ['augmentation', 'import-meta', 'jsdoc', 'mentions', 'package-json', 'runtime', 'triple-slash', 'tsconfig-file', 'tsconfig-folder'];

describe('what a move says about configuration and other mentions', () => {
  it('counts the configuration files it rewrote', () => {
    expect(runCase('move-forms', 'package-json').first[0].steps.map((s) => s.summary)).toEqual([
      '2 files moved to src/c; 1 importer updated',
      'moved to src/main.ts; 1 importer updated',
      'moved to scripts/cli.js; 0 importers updated; 1 configuration file updated',
    ]);
    expect(runCase('move-forms', 'tsconfig-folder').first[0].steps[0].files).toEqual(['src/c/tsconfig.json', 'src/c/x.ts', 'src/main.ts', 'tsconfig.json', 'tsconfig.refs.json']);
  });

  it('lists, with file:line, the text files that still name the moved file, code configuration (jest.config.js) included', () => {
    const [step] = runCase('move-forms', 'mentions').first[0].steps;
    expect(step.summary).toBe('moved to src/c/y.ts; 1 importer updated');
    expect(step.notes).toEqual([
      '.github/workflows/ci.yml:4 still names src/a/x.ts (now src/c/y.ts); left unchanged',
      'README.md:3 still names src/a/x.ts (now src/c/y.ts); left unchanged',
      'README.md:5 still names src/a/x (now src/c/y); left unchanged',
      'jest.config.js:2 still names src/a/x.ts (now src/c/y.ts); left unchanged',
    ]);
  });

  it('prints the notes under their step, in text and in JSON', () => {
    const run = runCase('move-forms', 'mentions');
    const plan = loadCasePlan(path.join(FIXTURES, 'move-forms', 'mentions'), run.root);
    const text = renderRunText(plan, run.first, { dryRun: false, color: false, diff: '' }).split('\n');
    const step = text.findIndex((l) => l.startsWith('  ✓ move src/a/x.ts → src/c/y.ts'));
    expect(text.slice(step + 1, step + 3)).toEqual([
      '    note: .github/workflows/ci.yml:4 still names src/a/x.ts (now src/c/y.ts); left unchanged',
      '    note: README.md:3 still names src/a/x.ts (now src/c/y.ts); left unchanged',
    ]);
    expect(renderRunJson(plan, run.first, { dryRun: false, exitCode: 0 }).phases[0].steps[0].notes).toHaveLength(4);
  });
});
