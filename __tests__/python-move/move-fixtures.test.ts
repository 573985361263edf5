import * as path from 'node:path';
import { loadPythonParser } from '../../src/lang/python/parser';
import { copyTree } from '../helpers/tree';
import { pyrightErrors, unimportableModules } from '../helpers/python';
import { FIXTURES, fixtureCases, runCase, typeErrors } from '../operations/fixture-trees';

const KIND = 'python-move';

beforeAll(() => loadPythonParser());

describe('Python move and rewrite-imports fixtures', () => {
  it('has the expected cases', () => {
    expect(fixtureCases(KIND)).toEqual(['init-all', 'mixed-folder', 'module-forms', 'package-folder', 'rewrite-imports']);
  });

  it.each(fixtureCases(KIND))('%s: the tree is exactly after/, and a second run changes nothing', (name) => {
    const run = runCase(KIND, name);
    expect(run.actual).toEqual(run.expected);
    expect(run.again).toEqual(run.expected);
    expect(run.second.map((r) => r.status)).toEqual(run.second.map(() => 'unchanged'));
  });

  it.each(fixtureCases(KIND))('%s: python3 imports every module and pyright reports no error, before and after', (name) => {
    const before = copyTree(path.join(FIXTURES, KIND, name, 'before'));
    expect(unimportableModules(before, [''])).toEqual([]);
    expect(pyrightErrors(before, ['.'])).toEqual([]);
    const after = runCase(KIND, name).root;
    expect(unimportableModules(after, [''])).toEqual([]);
    expect(pyrightErrors(after, ['.'])).toEqual([]);
  });

  it('mixed-folder: the TypeScript importer type-checks after the move too', () => {
    expect(typeErrors(runCase(KIND, 'mixed-folder').root)).toEqual([]);
  });
});
