import { factsProviderFor } from '../../src/analyze/facts';
import { Workspace } from '../../src/workspace/workspace';
import { writeTree } from '../helpers/tree';

const MODULE = `# Layer: L6 — Drivers
from __future__ import annotations

import os.path
import sqlalchemy.orm as orm
from typing import TYPE_CHECKING, Literal, TypeAlias

from sqlalchemy import Session, insert
from . import siblings
from ..shared.shapes import Shape as BaseShape

if TYPE_CHECKING:
    from sqlalchemy.exc import IntegrityError

LIMIT = 3
Kind: TypeAlias = Literal["a", "b"]


def annotated(session: Session, error: IntegrityError) -> Kind:
    return "a"


def stores(row: BaseShape) -> str:
    return insert(os.path.join(siblings.NAME, str(LIMIT)))


class Store:
    def __init__(self) -> None:
        self.session = orm.sessionmaker()
`;

describe('the Python facts provider', () => {
  test('each declaration with its kind, the absolute modules it uses at run time, and the locals it needs', async () => {
    const root = writeTree({ 'src/app/store/drivers/store.py': MODULE });
    const ws = await Workspace.load(root, { python: { roots: ['src'] } });
    const file = 'src/app/store/drivers/store.py';
    const facts = factsProviderFor(file)!;
    expect(facts.header(MODULE)?.entries.map((e) => `${e.key}: ${e.value}`)).toEqual(['Layer: L6 — Drivers']);
    // Session is only an annotation and IntegrityError is imported under TYPE_CHECKING: `annotated` loads neither.
    // A TypeAlias's value counts as an annotation (pythonModuleFacts): Kind uses typing's Literal as a type only.
    // With the future import, `annotated` needs Kind only as an annotation: not at run time.
    expect(facts.declarations(file, MODULE, ws)).toEqual([
      { name: 'LIMIT', kind: 'constant', usesModules: [], usesLocals: [], runtimeLocals: [], line: 15 },
      { name: 'Kind', kind: 'type-alias', usesModules: [], usesLocals: [], runtimeLocals: [], line: 16 },
      { name: 'annotated', kind: 'function', usesModules: [], usesLocals: ['Kind'], runtimeLocals: [], line: 19 },
      { name: 'stores', kind: 'function', usesModules: ['sqlalchemy', 'os.path', 'app.store.drivers'], usesLocals: ['LIMIT'], runtimeLocals: ['LIMIT'], line: 23 },
      { name: 'Store', kind: 'class', usesModules: ['sqlalchemy.orm'], usesLocals: [], runtimeLocals: [], line: 27 },
    ]);
    expect([facts.schemaKinds, facts.functionKind]).toEqual([['dataclass', 'enum', 'constant', 'type-alias'], 'function']);
  });
});
