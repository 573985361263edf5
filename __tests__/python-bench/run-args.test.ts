import { parsePyArgs, wantsPython } from '../../bench/python/run';

describe('Python bench flags', () => {
  it('runs Python only behind --python or BENCH_LANG=python', () => {
    const saved = process.env.BENCH_LANG;
    delete process.env.BENCH_LANG;
    expect(wantsPython(['--sizes', '1000'])).toBe(false);
    expect(wantsPython(['--python'])).toBe(true);
    process.env.BENCH_LANG = 'python';
    expect(wantsPython([])).toBe(true);
    if (saved === undefined) delete process.env.BENCH_LANG;
    else process.env.BENCH_LANG = saved;
  });

  it('parses sizes, --full, peers and --no-typecheck', () => {
    const args = parsePyArgs(['--python', '--full', '--peers', 'py-validator,remediate', '--repeat', '2', '--no-typecheck']);
    expect(args.sizes).toEqual([10000, 50000]);
    expect([...args.sides]).toEqual(['py-validator', 'remediate']);
    expect(args.repeat).toBe(2);
    expect(args.typecheck).toBe(false);
  });

  it('refuses an unknown peer and an unknown flag', () => {
    expect(() => parsePyArgs(['--peers', 'ts-morph'])).toThrow('unknown peer ts-morph; known: py-floor, py-validator, rope-move, libcst-rewrite, remediate');
    expect(() => parsePyArgs(['--fast'])).toThrow(/^unknown argument --fast/);
  });
});
