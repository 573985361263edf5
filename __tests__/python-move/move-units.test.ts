import { stageMoves } from '../../src/codemod/stage-moves';
import { Workspace } from '../../src/workspace/workspace';
import { writeTree } from '../helpers/tree';

describe('Python move: what it lists instead of rewriting', () => {
  it('lists other strings, text files, computed imports and __all__ entries leaving the package, with file:line', async () => {
    const root = writeTree({
      'app/__init__.py': '',
      'app/drivers/__init__.py': '__all__ = ["events"]\n',
      'app/drivers/events.py': 'KIND = "event"\n',
      'app/schemas/__init__.py': '',
      'app/runtime.py': [
        'import importlib',
        '',
        'NAME = "app.drivers.events"',
        'ATTR = "app.drivers.events.KIND"',
        'OTHER = "app.drivers.eventsx"',
        '',
        '',
        'def load(name: str) -> object:',
        '    return importlib.import_module(name)',
        '',
      ].join('\n'),
      'tox.ini': '[testenv]\ncommands = pytest --cov=app.drivers.events\n',
      'deploy/Dockerfile': 'FROM python:3.11\nCMD ["python", "-m", "app.drivers.events"]\n',
      'docs/index.md': 'See app.drivers.eventsx and app.drivers.events.\n',
    });
    const ws = await Workspace.load(root);
    const [staged] = stageMoves(ws, [{ from: 'app/drivers/events.py', to: 'app/schemas/loop_events.py' }]);
    expect(staged.notes).toEqual([
      'app/drivers/__init__.py: __all__ names submodule "events", now app.schemas.loop_events outside this package (not rewritten)',
      'app/runtime.py:3: string "app.drivers.events" names app.drivers.events, now app.schemas.loop_events (not rewritten)',
      'app/runtime.py:4: string "app.drivers.events.KIND" names app.drivers.events, now app.schemas.loop_events (not rewritten)',
      'app/runtime.py:9:12: importlib.import_module() with a computed module name (not rewritten: check what it names)',
      'deploy/Dockerfile:2: mentions app.drivers.events, now app.schemas.loop_events (not rewritten)',
      'docs/index.md:1: mentions app.drivers.events, now app.schemas.loop_events (not rewritten)',
      'tox.ini:2: mentions app.drivers.events, now app.schemas.loop_events (not rewritten)',
    ]);
  });
});

describe('Python move: string targets', () => {
  it('rewrites the targets of patch, monkeypatch and import calls inside their quotes, and lists a stub left behind', async () => {
    const test = [
      'import importlib',
      'from unittest import mock',
      '',
      'import pytest',
      '',
      'pytest.register_assert_rewrite("app.events")',
      'events = pytest.importorskip(\'app.events\')',
      '',
      '',
      'def test_kind(monkeypatch: pytest.MonkeyPatch) -> None:',
      '    monkeypatch.setattr("app.events.KIND", "x")',
      '    with mock.patch.dict("app.events.TABLE", {"a": 1}), mock.patch(',
      '        "app.events.KIND"',
      '    ):',
      '        assert importlib.import_module("app.events")',
      '        assert __import__("app.events")',
      '',
    ].join('\n');
    const root = writeTree({
      'app/__init__.py': '',
      'app/events.py': 'KIND = "event"\nTABLE = {}\n',
      'app/events.pyi': 'KIND: str\nTABLE: dict[str, int]\n',
      'app/model/__init__.py': '',
      'tests/test_events.py': test,
    });
    const ws = await Workspace.load(root);
    const [staged] = stageMoves(ws, [{ from: 'app/events.py', to: 'app/model/loop_events.py' }]);
    expect(ws.overlay.read('tests/test_events.py')).toBe(test.replace(/app\.events/g, 'app.model.loop_events'));
    expect(staged.notes).toEqual(['app/events.pyi: stub of app/events.py, which moves to app/model/loop_events.py, stays (not moved)']);
  });
});

describe('Python move: folders it creates', () => {
  const tree = {
    'app/__init__.py': '',
    'app/engines/__init__.py': '# Layer: L5 — Domain Engines\n# AUDIENCE: CUSTOMER\n# Role: Engines\n',
    'app/x.py': 'VALUE = 1\n',
    'app/y.py': '# Layer: L6 — Drivers\n# AUDIENCE: INTERNAL\n\nVALUE = 2\n',
    'scripts/run.py': '',
  };

  it.each([
    ['a sibling package', 'app/x.py', '# Layer: L5 — Domain Engines\n# AUDIENCE: CUSTOMER\n'],
    ['the moved module', 'app/y.py', '# Layer: L6 — Drivers\n# AUDIENCE: INTERNAL\n'],
  ])('get an __init__.py among regular packages, with the header keys of %s', async (_what, from, header) => {
    const ws = await Workspace.load(writeTree(tree));
    stageMoves(ws, [{ from, to: 'app/schemas/deep/mod.py' }]);
    expect([ws.overlay.read('app/schemas/__init__.py'), ws.overlay.read('app/schemas/deep/__init__.py')]).toEqual([header, header]);
  });

  it('get none where the neighbours are no regular packages', async () => {
    const ws = await Workspace.load(writeTree(tree));
    stageMoves(ws, [{ from: 'scripts/run.py', to: 'tools/cli/run.py' }]);
    expect(ws.overlay.files().filter((f) => f.startsWith('tools/'))).toEqual(['tools/cli/run.py']);
  });
});

describe('Python move: a from statement split', () => {
  it.each([
    ['from app.pkg import other, events, loop\n', 'from app.pkg import other\nfrom app.new import events, loop\n'],
    ['from app.pkg import events, other, loop as lp\n', 'from app.pkg import other\nfrom app.new import events, loop as lp\n'],
    ['from app.pkg import (\n    events,\n    other,  # kept\n    loop,\n)\n', 'from app.pkg import (\n    other,  # kept\n)\nfrom app.new import events, loop\n'],
  ])('%j', async (statement, expected) => {
    const root = writeTree({
      'app/__init__.py': '',
      'app/pkg/__init__.py': '',
      'app/pkg/events.py': '',
      'app/pkg/loop.py': '',
      'app/pkg/other.py': '',
      'app/new/__init__.py': '',
      'app/use.py': statement,
    });
    const ws = await Workspace.load(root);
    stageMoves(ws, [{ from: 'app/pkg/events.py', to: 'app/new/events.py' }, { from: 'app/pkg/loop.py', to: 'app/new/loop.py' }]);
    expect(ws.overlay.read('app/use.py')).toBe(expected);
  });
});
