import * as path from 'node:path';
import { runPhases } from '../../src/engine/run-phase';
import { StateError } from '../../src/errors';
import { parsePlan } from '../../src/plan/load';
import { readTree, writeTree } from '../helpers/tree';
import { fixtureCases, runCase, typeErrors } from './fixture-trees';

describe('barrel fixtures', () => {
  it('has the expected cases', () => {
    expect(fixtureCases('barrel')).toEqual(['created', 'nodenext', 'noop', 'regenerate']);
  });

  it.each(fixtureCases('barrel'))('%s: the tree is exactly after/, and a second run changes nothing', (name) => {
    const run = runCase('barrel', name);
    expect(run.actual).toEqual(run.expected);
    expect(run.again).toEqual(run.expected);
    expect(run.second.map((r) => r.status)).toEqual(run.second.map(() => 'unchanged'));
  });

  it.each(['regenerate', 'created', 'nodenext'])('%s: type-checks after regeneration', (name) => {
    expect(typeErrors(runCase('barrel', name).root)).toEqual([]);
  });

  it('says what it did', () => {
    expect(runCase('barrel', 'created').first[0].steps[0]).toMatchObject({
      description: 'barrel src/engines/index.ts (layers L5; exclude src/engines/experimental_*.ts)',
      summary: 'src/engines/index.ts: created',
      files: ['src/engines/index.ts'],
    });
    expect(runCase('barrel', 'noop').first[0].steps[0].summary).toBe('src/util/index.ts: already up to date');
  });
});

describe('barrel headers', () => {
  const regenerate = (index: string): string => {
    const root = writeTree({ 'src/d/a.ts': 'export const a = 1;\n', 'src/d/index.ts': index });
    const plan = parsePlan(path.join(root, 'plan.yaml'), 'version: 1\nname: t\nroot: .\nlayers: {}\nphases:\n  - id: p\n    title: P\n    steps:\n      - barrel: src/d\n');
    runPhases(plan, plan.phases, { allowDirty: true });
    return readTree(root)['src/d/index.ts'];
  };

  it.each([
    ['a block header, closed on its own line', '/**\n * Layer: L5 — Engines\n */\nexport const old = 1;\n', "/**\n * Layer: L5 — Engines\n */\n\nexport { a } from './a';\n"],
    ['a one-line block header', '/* Layer: L5 */\nexport * from "./gone"\n', '/* Layer: L5 */\n\nexport { a } from "./a"\n'],
    ['a header of a file without a final line break', '// Layer: L5\nexport * from "./a";', '// Layer: L5\n\nexport { a } from "./a";'],
    ['a line header with notes below its keys (CRLF)', '// Layer: L5\r\n// Role: engines\r\n// Keep this list short.\r\n\r\nexport * from "./a";\r\n', '// Layer: L5\r\n// Role: engines\r\n// Keep this list short.\r\n\r\nexport { a } from "./a";\r\n'],
  ])('keeps %s whole', (_name, before, after) => {
    expect(regenerate(before)).toBe(after);
    expect(regenerate(after)).toBe(after);
  });
});

/** Runs a one-step barrel plan on a tree; returns what was thrown, if anything. */
function barrelError(files: Record<string, string>, step = '      - barrel: src/d\n'): unknown {
  const root = writeTree(files);
  const plan = parsePlan(path.join(root, 'plan.yaml'), `version: 1\nname: t\nroot: .\nlayers: {}\nphases:\n  - id: p\n    title: P\n    steps:\n${step}`);
  try {
    runPhases(plan, plan.phases, { allowDirty: true });
  } catch (err) {
    expect(readTree(root)).toEqual(files);
    return err;
  }
  return undefined;
}

describe('barrel refusals', () => {
  it('refuses a name two modules export, naming both', () => {
    const err = barrelError({ 'src/d/a.ts': 'export const dup = 1;\n', 'src/d/b.ts': 'export function dup() {}\n' });
    expect(err).toBeInstanceOf(StateError);
    expect((err as Error).message).toMatch(/src\/d\/index.ts: "dup" is exported by both src\/d\/a.ts and src\/d\/b.ts; exclude one, or re-export it by hand between remediate:keep-start and remediate:keep-end$/);
  });

  it('accepts the clash once the name is kept by hand', () => {
    const kept = '// remediate:keep-start\nexport { dup } from "./b";\n// remediate:keep-end\n';
    expect(barrelError({ 'src/d/a.ts': 'export const dup = 1;\n', 'src/d/b.ts': 'export function dup() {}\n', 'src/d/index.ts': kept })).toBeUndefined();
  });

  it('refuses a keep-start without keep-end, and a missing folder', () => {
    expect((barrelError({ 'src/d/a.ts': 'export const a = 1;\n', 'src/d/index.ts': '// remediate:keep-start\n' }) as Error).message).toMatch(
      /src\/d\/index.ts: \/\/ remediate:keep-start without \/\/ remediate:keep-end$/,
    );
    expect((barrelError({ 'src/x.ts': '' }) as Error).message).toMatch(/no folder src\/d$/);
  });
});
