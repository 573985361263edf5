import { runCli } from '../helpers/cli';
import { demoProject } from '../status/demo';

const EPOCH = { SOURCE_DATE_EPOCH: '1769212800' };

describe('remediate report (the seed-style record)', () => {
  it('reads like the seed after run --all: statuses, verification, files, frozen, checklist, changelog', () => {
    const root = demoProject();
    expect(runCli(['run', '--all'], root, EPOCH).code).toBe(0);
    const r = runCli(['report'], root);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toMatchSnapshot();
  });

  it('is deterministic: the same tree gives the same report', () => {
    const a = demoProject();
    const b = demoProject();
    runCli(['run', 'phase-1'], a, EPOCH);
    runCli(['run', 'phase-1'], b, EPOCH);
    expect(runCli(['report'], a).stdout).toBe(runCli(['report'], b).stdout);
    expect(runCli(['report'], a).stdout).toBe(runCli(['report'], a).stdout);
  });
});
