import * as path from 'node:path';
import { pyrightErrors, unimportableModules } from '../helpers/python';
import { copyTree } from '../helpers/tree';
import { PY_FIXTURES, pyCases, runPyCase, type PyCaseRun } from './run-case';

const CASES = ['existing-target', 'kinds', 'module-binding', 'names', 'reexport', 'second-split', 'uses', 'with-dependencies'];

const runs = new Map<string, PyCaseRun>();
async function run(name: string): Promise<PyCaseRun> {
  if (!runs.has(name)) runs.set(name, await runPyCase(name));
  return runs.get(name)!;
}

describe('Python split fixtures', () => {
  it('has the expected cases', () => {
    expect(pyCases()).toEqual(CASES);
  });

  it.each(CASES)('%s: the tree is exactly after/, and a second run finds the split already done', async (name) => {
    const r = await run(name);
    expect(r.actual).toEqual(r.expected);
    expect(r.again).toEqual(r.expected);
    expect(r.first.map((p) => p.status)).toEqual(['applied']);
    expect(r.second.flatMap((p) => p.steps.map((s) => [s.status, s.summary.startsWith('already done: ')]))).toEqual(r.second.flatMap((p) => p.steps.map(() => ['unchanged', true])));
  });

  it.each(CASES)('%s: python3 imports every module after the split, and pyright reports no error before or after', async (name) => {
    const r = await run(name);
    const roots = r.plan.python?.roots ?? [''];
    expect(pyrightErrors(copyTree(path.join(PY_FIXTURES, name, 'before')), roots)).toEqual([]);
    expect(unimportableModules(r.root, roots)).toEqual([]);
    expect(pyrightErrors(r.root, roots)).toEqual([]);
  });

  it('reports what moved, what moved along, and the importers it updated', async () => {
    const summaries = await Promise.all(['names', 'with-dependencies', 'module-binding'].map(async (n) => (await run(n)).first[0].steps[0].summary));
    expect(summaries).toEqual([
      'src/app/drivers/bridges.py: moved Audit to src/app/schemas/audit.py; 3 importers updated',
      'src/app/drivers/bridges.py: moved record (with _metadata, _audits, needed at run time) to src/app/drivers/bridges_driver.py; 0 importers updated',
      'src/app/drivers/bridges.py: moved Audit, make_audit to src/app/schemas/audit.py; 7 importers updated',
    ]);
  });

  it('removes the ORM run-time import from the engine, which the gate counts as fixed', async () => {
    const gate = (await run('uses')).first[0].gate;
    expect(gate.fixed.map((v) => [v.rule, v.file])).toEqual([['ORM_RUNTIME', 'src/app/engines/pricing.py']]);
    expect(gate.added).toEqual([]);
  });
});
