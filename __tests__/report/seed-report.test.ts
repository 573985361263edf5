import { runCli } from '../helpers/cli';
import { demoProject } from '../status/demo';

const EPOCH = { SOURCE_DATE_EPOCH: '1769212800' };

describe('remediate report (the seed-style record)', () => {
  it('reads like the seed after run --all: statuses, verification, files, frozen, checklist, changelog', async () => {
    const root = demoProject();
    expect((await runCli(['run', '--all'], root, EPOCH)).code).toBe(0);
    const r = await runCli(['report'], root);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toMatchSnapshot();
  });

  it('is deterministic: the same tree gives the same report', async () => {
    const a = demoProject();
    const b = demoProject();
    await runCli(['run', 'phase-1'], a, EPOCH);
    await runCli(['run', 'phase-1'], b, EPOCH);
    expect((await runCli(['report'], a)).stdout).toBe((await runCli(['report'], b)).stdout);
    expect((await runCli(['report'], a)).stdout).toBe((await runCli(['report'], a)).stdout);
  });
});
