import * as path from 'node:path';
import { StateError } from '../../src/errors';
import { splitOperation } from '../../src/operations/split';
import { parsePlan } from '../../src/plan/load';
import type { Plan, SplitStep } from '../../src/plan/types';
import { Workspace } from '../../src/workspace/workspace';
import { planText } from '../helpers/rule-cases';
import { writeTree } from '../helpers/tree';

const BRIDGES = `from dataclasses import dataclass

from .events import Stage


@dataclass
class Audit:
    id: str
    stage: Stage


def record(audit_id: str) -> Audit:
    return Audit(audit_id, "open")


def run(audit_id: str) -> str:
    return record(audit_id).id
`;

const TREE: Record<string, string> = {
  'src/app/__init__.py': '',
  'src/app/drivers/__init__.py': '',
  'src/app/schemas/__init__.py': '',
  'src/app/drivers/events.py': 'Stage = str\n',
  'src/app/drivers/bridges.py': BRIDGES,
  'src/app/main.py': 'from app.drivers.bridges import run\n\nrun("a")\n',
};

function step(extract: SplitStep['extract'], to = 'src/app/schemas/audit.py', more: Partial<SplitStep> = {}): SplitStep {
  return { kind: 'split', file: 'src/app/drivers/bridges.py', extract, to, withDependencies: false, reexport: false, loc: { file: 'plan.yaml', line: 1, column: 1 }, ...more };
}

/** The tree written to a temp folder and opened with its grammar loaded, and a plan whose import root is src. */
async function open(files: Record<string, string>): Promise<{ ws: Workspace; plan: Plan }> {
  const root = writeTree(files);
  const ws = await Workspace.load(root, { python: { roots: ['src'] } });
  return { ws, plan: parsePlan(path.join(root, 'remediate.yaml'), planText('python: { roots: [src] }\nphases: []')) };
}

/** Stages the step on the tree (with `changes` applied) and returns the StateError's message; nothing may be staged. */
async function refusal(s: SplitStep, changes: Record<string, string> = {}): Promise<string> {
  const { ws, plan } = await open({ ...TREE, ...changes });
  let message = '';
  try {
    splitOperation.stage({ ws, plan }, s);
  } catch (err) {
    if (!(err instanceof StateError)) throw err;
    message = err.message;
  }
  expect(ws.overlay.changes()).toEqual([]);
  return message;
}

describe('Python split refusals (StateError, nothing staged)', () => {
  it('refuses a name the module does not define, and one it only imports', async () => {
    expect(await refusal(step({ names: ['Missing'] }))).toBe('no declaration named Missing in src/app/drivers/bridges.py');
    expect(await refusal(step({ names: ['Audit', 'Stage'] }))).toBe("no declaration named Stage in src/app/drivers/bridges.py (Stage is imported from '.events')");
  });

  it('refuses a selector that matches nothing', async () => {
    expect(await refusal(step({ kinds: ['enum'] }))).toBe('extract kinds: enum matches no declaration in src/app/drivers/bridges.py');
    expect(await refusal(step({ kinds: ['function'], uses: ['sqlalchemy'] }))).toBe('extract kinds: function; uses: sqlalchemy matches no declaration in src/app/drivers/bridges.py');
  });

  it('refuses a target that already defines a moved name', async () => {
    expect(await refusal(step({ names: ['Audit', 'record'] }), { 'src/app/schemas/audit.py': 'def record() -> None:\n    pass\n' })).toBe(
      'split target src/app/schemas/audit.py already defines record',
    );
  });

  it('refuses when the source or an importer does not parse', async () => {
    expect(await refusal(step({ names: ['Audit'] }), { 'src/app/drivers/bridges.py': BRIDGES + 'def broken(:\n' })).toMatch(
      /^split src\/app\/drivers\/bridges.py: a file it must edit does not parse: src\/app\/drivers\/bridges.py:18:12 missing '\)'$/,
    );
    expect(await refusal(step({ names: ['Audit'] }), { 'src/app/main.py': 'from app.drivers.bridges import run\n\nrun((\n' })).toMatch(
      /^split src\/app\/drivers\/bridges.py: a file it must edit does not parse: src\/app\/main.py:3:/,
    );
  });

  it('refuses a run-time import cycle unless with-dependencies carries the needed declarations along', async () => {
    expect(await refusal(step({ names: ['record'] }, 'src/app/drivers/recorder.py'))).toBe(
      'split would make a run-time import cycle: src/app/drivers/recorder.py would need Audit from src/app/drivers/bridges.py at run time, ' +
        'and src/app/drivers/bridges.py needs record from src/app/drivers/recorder.py; set with-dependencies: true to move Audit along',
    );
    const { ws, plan } = await open(TREE);
    const along = splitOperation.stage({ ws, plan }, step({ names: ['record'] }, 'src/app/drivers/recorder.py', { withDependencies: true }));
    expect(along.summary).toBe('src/app/drivers/bridges.py: moved record (with Audit, needed at run time) to src/app/drivers/recorder.py; 0 importers updated');
    expect(ws.overlay.read('src/app/drivers/bridges.py')).toBe('from .recorder import record\n\n\ndef run(audit_id: str) -> str:\n    return record(audit_id).id\n');
  });

  it('refuses a module binding read as a whole, and a dynamic import of the source', async () => {
    const whole = 'import app.drivers.bridges as b\n\n\ndef audit() -> object:\n    print(b)\n    return b.Audit("a", "open")\n';
    expect(await refusal(step({ names: ['Audit'] }), { 'src/app/main.py': whole })).toBe(
      'src/app/main.py:5 uses module b (app.drivers.bridges) as a whole, which a split changes; set reexport: true to keep it working',
    );
    const dynamic = 'import importlib\n\nbridges = importlib.import_module("app.drivers.bridges")\n';
    expect(await refusal(step({ names: ['Audit'] }), { 'src/app/main.py': dynamic })).toBe(
      'src/app/main.py:3 loads app.drivers.bridges with import_module(), which cannot follow the moved names; set reexport: true to keep it working',
    );
  });

  it('refuses to move code that reads a name a try: or if: block binds', async () => {
    const guarded = BRIDGES.replace('from .events import Stage\n', 'from .events import Stage\n\ntry:\n    import ujson as json\nexcept ImportError:\n    import json\n') + '\n\ndef dump(audit: Audit) -> str:\n    return json.dumps(audit.id)\n';
    expect(await refusal(step({ names: ['dump'] }, 'src/app/drivers/dumps.py'), { 'src/app/drivers/bridges.py': guarded })).toBe(
      'dump (src/app/drivers/bridges.py:25) reads json, which line 5 binds in a statement a split does not move or import; move that binding into a plain import or assignment first',
    );
  });

  it('refuses a target that is no Python module, or has no module name under the roots', async () => {
    expect(await refusal(step({ names: ['Audit'] }, 'src/app/schemas/audit.ts'))).toBe('split target src/app/schemas/audit.ts is not a Python module (.py)');
    expect(await refusal(step({ names: ['Audit'] }, 'tools/audit.py'))).toBe("split target tools/audit.py has no module name under the import roots (src)");
  });
});

describe('Python split stage', () => {
  it('is a no-op, reported as already split, when the target holds what the selector asks for', async () => {
    const { ws, plan } = await open(TREE);
    const first = splitOperation.stage({ ws, plan }, step({ kinds: ['dataclass'] }));
    expect(first.files).toEqual(['src/app/schemas/audit.py', 'src/app/drivers/bridges.py']);
    expect(splitOperation.stage({ ws, plan }, step({ kinds: ['dataclass'] }))).toEqual({
      summary: 'src/app/drivers/bridges.py: kinds: dataclass already split into src/app/schemas/audit.py',
      files: [],
      moves: [],
    });
    expect(splitOperation.stage({ ws, plan }, step({ names: ['Audit'] })).summary).toBe('src/app/drivers/bridges.py: [Audit] already split into src/app/schemas/audit.py');
  });
});

describe('Python split layout', () => {
  it('leaves the header with the source when the first declaration sits right below it', async () => {
    const source = '# Layer: L6 — Drivers\n# AUDIENCE: CUSTOMER\nLIMIT = 3\n\n\ndef run() -> int:\n    return LIMIT\n';
    const { ws, plan } = await open({ ...TREE, 'src/app/drivers/bridges.py': source });
    splitOperation.stage({ ws, plan }, step({ names: ['run'] }, 'src/app/drivers/runner.py'));
    expect(ws.overlay.read('src/app/drivers/bridges.py')).toBe('# Layer: L6 — Drivers\n# AUDIENCE: CUSTOMER\nLIMIT = 3\n');
    splitOperation.stage({ ws, plan }, step({ names: ['LIMIT'] }, 'src/app/drivers/limits.py'));
    expect(ws.overlay.read('src/app/drivers/bridges.py')).toBe('# Layer: L6 — Drivers\n# AUDIENCE: CUSTOMER\n');
    expect(ws.overlay.read('src/app/drivers/limits.py')).toBe('# AUDIENCE: CUSTOMER\n\nLIMIT = 3\n');
    expect(ws.overlay.read('src/app/drivers/runner.py')).toBe('# AUDIENCE: CUSTOMER\n\nfrom .limits import LIMIT\n\n\ndef run() -> int:\n    return LIMIT\n');
  });
});

describe('Python split imports', () => {
  const SOURCE = `from __future__ import annotations

import importlib.machinery
import importlib.util
from dataclasses import dataclass
from datetime import datetime
from typing import ClassVar

from .events import Stage


def finder(name: str) -> object:
    return importlib.util.find_spec(name) or importlib.machinery.SOURCE_SUFFIXES


class Model(Stage):
    at: datetime


@dataclass
class Row:
    limit: ClassVar[int] = 3
    at: datetime
`;
  const moved = async (names: string[]) => {
    const { ws, plan } = await open({ ...TREE, 'src/app/drivers/events.py': 'class Stage:\n    pass\n', 'src/app/drivers/bridges.py': SOURCE });
    splitOperation.stage({ ws, plan }, step({ names }, 'src/app/drivers/moved.py'));
    return ws.overlay.read('src/app/drivers/moved.py');
  };

  it('keeps every `import a.x` that binds the name the moved code reads', async () => {
    expect(await moved(['finder'])).toBe(`from __future__ import annotations

import importlib.machinery
import importlib.util


def finder(name: str) -> object:
    return importlib.util.find_spec(name) or importlib.machinery.SOURCE_SUFFIXES
`);
  });

  it('imports at run time what a class that may evaluate its annotations reads, and the ClassVar a dataclass looks up', async () => {
    expect(await moved(['Model', 'Row'])).toBe(`from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import ClassVar

from .events import Stage


class Model(Stage):
    at: datetime


@dataclass
class Row:
    limit: ClassVar[int] = 3
    at: datetime
`);
  });
});

describe('Python split kinds', () => {
  it('counts a class deriving from an enum class of an imported module as an enum', async () => {
    const source = 'from .events import Level\n\n\nclass Tier(Level):\n    GOLD = 1\n\n\nclass Plain:\n    pass\n';
    const events = 'from enum import Enum\n\n\nclass Level(Enum):\n    pass\n';
    const { ws, plan } = await open({ ...TREE, 'src/app/drivers/events.py': events, 'src/app/drivers/bridges.py': source });
    splitOperation.stage({ ws, plan }, step({ kinds: ['enum'] }, 'src/app/drivers/tiers.py'));
    expect(ws.overlay.read('src/app/drivers/tiers.py')).toBe('from .events import Level\n\n\nclass Tier(Level):\n    GOLD = 1\n');
    expect(ws.overlay.read('src/app/drivers/bridges.py')).toBe('class Plain:\n    pass\n');
  });
});

describe('Python split line breaks', () => {
  it('writes CRLF files with CRLF throughout', async () => {
    const crlf = (t: string) => t.replace(/\n/g, '\r\n');
    const main = 'from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n    from app.drivers.bridges import Audit, run\n\n\ndef go(a: "Audit") -> str:\n    return a.id\n';
    const { ws, plan } = await open({ ...TREE, 'src/app/drivers/bridges.py': crlf(BRIDGES), 'src/app/main.py': crlf(main) });
    splitOperation.stage({ ws, plan }, step({ names: ['Audit'] }));
    expect(ws.overlay.read('src/app/schemas/audit.py')).toBe(crlf('from dataclasses import dataclass\n\nfrom ..drivers.events import Stage\n\n\n@dataclass\nclass Audit:\n    id: str\n    stage: Stage\n'));
    expect(ws.overlay.read('src/app/drivers/bridges.py')).toBe(crlf('from ..schemas.audit import Audit\n\n\ndef record(audit_id: str) -> Audit:\n    return Audit(audit_id, "open")\n\n\ndef run(audit_id: str) -> str:\n    return record(audit_id).id\n'));
    expect(ws.overlay.read('src/app/main.py')).toBe(crlf(main.replace('    from app.drivers.bridges import Audit, run\n', '    from app.drivers.bridges import run\n    from app.schemas.audit import Audit\n')));
  });
});

describe('Python split star imports', () => {
  it('carries the source star imports along when the moved code reads a name bound nowhere in the module', async () => {
    const source = 'from .events import *\n\n\ndef stage() -> str:\n    return Stage\n\n\ndef run() -> int:\n    return 1\n';
    const { ws, plan } = await open({ ...TREE, 'src/app/drivers/bridges.py': source });
    splitOperation.stage({ ws, plan }, step({ names: ['stage'] }, 'src/app/schemas/stages.py'));
    expect(ws.overlay.read('src/app/schemas/stages.py')).toBe('from ..drivers.events import *\n\n\ndef stage() -> str:\n    return Stage\n');
    expect(ws.overlay.read('src/app/drivers/bridges.py')).toBe('from .events import *\n\n\ndef run() -> int:\n    return 1\n');
  });
});

describe('Python split into an existing module', () => {
  it('adds `from __future__ import annotations` to a target without it when the moved code was written under it', async () => {
    const source = 'from __future__ import annotations\n\nfrom .events import Stage\n\n\ndef stage_of(stage: Stage) -> str:\n    return str(stage)\n\n\ndef run(stage: Stage) -> str:\n    return stage\n';
    const target = '"""Stages."""\n\nimport os\n\nSEP = os.sep\n';
    const { ws, plan } = await open({ ...TREE, 'src/app/drivers/bridges.py': source, 'src/app/drivers/stages.py': target });
    splitOperation.stage({ ws, plan }, step({ names: ['stage_of'] }, 'src/app/drivers/stages.py'));
    expect(ws.overlay.read('src/app/drivers/stages.py')).toBe(
      '"""Stages."""\n\nfrom __future__ import annotations\n\nimport os\nfrom typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n    from .events import Stage\n\nSEP = os.sep\n\n\ndef stage_of(stage: Stage) -> str:\n    return str(stage)\n',
    );
  });
});
