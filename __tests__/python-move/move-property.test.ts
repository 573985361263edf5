import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../helpers/cli';
import { copyTree, readTree } from '../helpers/tree';
import { FIXTURES } from '../operations/fixture-trees';

const there = (from: string, to: string) => `      - move: ${from}\n        to: ${to}\n`;

/** A plan whose first phase makes the moves and whose second makes them back. */
function roundTrip(moves: [string, string][]): string {
  const forth = moves.map(([a, b]) => there(a, b)).join('');
  const back = [...moves].reverse().map(([a, b]) => there(b, a)).join('');
  return `version: 1\nname: round-trip\nroot: .\nlayers: {}\nphases:\n  - id: forth\n    title: Forth\n    steps:\n${forth}  - id: back\n    title: Back\n    steps:\n${back}`;
}

/**
 * The one form the move back does not restore: a `from` statement whose moved submodule was split off
 * into a statement of its own (`from a import events, helpers`) stays two statements. The round trips
 * run on module-forms with that statement written as two.
 */
function withoutMixedStatement(root: string): void {
  const file = path.join(root, 'app/runtime/loop.py');
  if (!fs.existsSync(file)) return;
  const text = fs.readFileSync(file, 'utf8');
  fs.writeFileSync(file, text.replace('from app.drivers import events as evmod, helpers\n', 'from app.drivers import events as evmod\nfrom app.drivers import helpers\n'));
}

describe('Python move: a move and the move back give the same bytes', () => {
  it.each([
    ['module-forms', [['app/drivers/events.py', 'app/schemas/loop_events.py']]],
    ['module-forms', [['app/drivers/events.py', 'app/runtime/events.py']]],
    ['module-forms', [['app/drivers', 'app/runtime/drivers']]],
    ['package-folder', [['app/drivers/store.py', 'app/core/store.py']]],
    ['init-all', [['app/pkg/events.py', 'app/pkg/loop_events.py']]],
    ['mixed-folder', [['pkg/shared', 'pkg/common']]],
  ] as [string, [string, string][]][])('%s: %j', async (name, moves) => {
    const before = copyTree(path.join(FIXTURES, 'python-move', name, 'before'));
    withoutMixedStatement(before);
    const root = copyTree(before);
    fs.writeFileSync(path.join(root, 'remediate.yaml'), roundTrip(moves));
    const r = await runCli(['run', '--all', '--allow-dirty'], root);
    expect([r.code, r.stderr]).toEqual([0, '']);
    fs.rmSync(path.join(root, 'remediate.yaml'));
    expect(readTree(root, { skipJournal: true })).toEqual(readTree(before));
  });
});
