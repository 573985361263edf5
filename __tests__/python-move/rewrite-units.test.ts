import { stageRewrite } from '../../src/codemod/rewrite-tree';
import type { RewriteRequest } from '../../src/codemod/import-rewrite';
import { Workspace } from '../../src/workspace/workspace';
import { writeTree } from '../helpers/tree';

const TREE = {
  'app/__init__.py': '',
  'app/integrations/__init__.py': '',
  'app/integrations/events.py': 'class LoopEvent: ...\n',
  'app/schemas/__init__.py': '',
  'app/schemas/loop_events.py': 'class LoopEvent: ...\n',
  'app/drivers/__init__.py': '',
  'app/drivers/a.py': 'from app.integrations.events import LoopEvent\n',
  'app/engines/__init__.py': '',
  'app/engines/b.py': 'from .. import drivers\nfrom app.integrations.events import LoopEvent\n',
  'tests/test_b.py': 'from unittest import mock\n\n\ndef test_b() -> None:\n    with mock.patch("app.integrations.events.LoopEvent"):\n        pass\n',
};

async function rewrite(req: RewriteRequest): Promise<{ edited: { file: string; count: number }[]; a: string; b: string; test: string; again: number }> {
  const ws = await Workspace.load(writeTree(TREE));
  const edited = stageRewrite(ws, req);
  const again = stageRewrite(ws, req).length;
  return { edited, a: ws.overlay.read('app/drivers/a.py'), b: ws.overlay.read('app/engines/b.py'), test: ws.overlay.read('tests/test_b.py'), again };
}

describe('Python rewrite-imports', () => {
  it.each([
    ['a dotted module', 'app.integrations.events'],
    ['a dotted glob', 'app.integrations.*'],
    ['a path pattern', 'app/integrations/events.py'],
  ])('repoints %s, relative beside relative imports, absolute otherwise; a second run changes nothing', async (_what, from) => {
    const run = await rewrite({ from, to: 'app/schemas/loop_events.py' });
    expect(run.edited).toEqual([
      { file: 'app/drivers/a.py', count: 1 },
      { file: 'app/engines/b.py', count: 1 },
      { file: 'tests/test_b.py', count: 1 },
    ]);
    expect(run.test).toBe(TREE['tests/test_b.py'].replace('app.integrations.events.LoopEvent', 'app.schemas.loop_events.LoopEvent'));
    expect(run.a).toBe('from app.schemas.loop_events import LoopEvent\n');
    expect(run.b).toBe('from .. import drivers\nfrom ..schemas.loop_events import LoopEvent\n');
    expect(run.again).toBe(0);
  });

  it('touches only the importers in files:', async () => {
    const run = await rewrite({ from: 'app.integrations.events', to: 'app/schemas/loop_events', files: ['app/engines/**'] });
    expect(run.a).toBe(TREE['app/drivers/a.py']);
    expect(run.b).toBe('from .. import drivers\nfrom ..schemas.loop_events import LoopEvent\n');
  });
});
