import { loadPythonParser as loadGrammar, parsePython } from '../../src/lang/python/parser';

const parse = (text: string) => parsePython(text).rootNode;
import { moduleFacts } from '../../src/lang/python/declarations';
import { lines } from './lines';

/** Modelled on the seed's drivers/bridges.py: dataclasses, enums, SQLAlchemy reads, type-only imports. */
const BRIDGES = `"""Bridges between policy loops and the cost engine."""
from __future__ import annotations

import enum
import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Optional

from sqlalchemy import select
from app.services.connectors import get_connector

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

logger = logging.getLogger(__name__)

MAX_RETRIES = 3


class BridgeKind(str, enum.Enum):
    """Which loop a bridge connects."""
    COST = "cost"
    POLICY = "policy"


class UrgentKind(BridgeKind):
    pass


# Audit record written when a policy activates.
@dataclass(frozen=True)
class PolicyActivationAudit:
    policy_id: str
    kind: BridgeKind
    note: Optional[str] = None
    tags: list[str] = field(default_factory=list)


def record_policy_activation(session: Session, audit: PolicyActivationAudit) -> None:
    for attempt in range(MAX_RETRIES):
        row = session.execute(select(PolicyActivationAudit).where(PolicyActivationAudit.policy_id == audit.policy_id))
        if row:
            logger.info("recorded %s on attempt %d", audit.policy_id, attempt)
            return


async def _fetch(kind: "BridgeKind") -> dict:
    connector = get_connector(kind.value)
    return {key: value for key, value in connector.items()}
`;

describe('moduleFacts on a bridges.py-style module', () => {
  beforeAll(loadGrammar);

  it('lists declarations with kinds, ranges, uses and annotation-only uses', () => {
    const facts = moduleFacts(BRIDGES, parse(BRIDGES));
    expect(facts.declarations).toEqual([
      { names: ['logger'], kind: 'variable', ...lines(BRIDGES, 15), line: 15, uses: ['logging', '__name__'], annotationOnlyUses: [], public: true },
      { names: ['MAX_RETRIES'], kind: 'constant', ...lines(BRIDGES, 17), line: 17, uses: [], annotationOnlyUses: [], public: true },
      { names: ['BridgeKind'], kind: 'enum', bases: ['str', 'Enum'], ...lines(BRIDGES, 20, 23), line: 20, uses: ['str', 'enum'], annotationOnlyUses: [], public: true },
      { names: ['UrgentKind'], kind: 'enum', bases: ['BridgeKind'], ...lines(BRIDGES, 26, 27), line: 26, uses: ['BridgeKind'], annotationOnlyUses: [], public: true },
      {
        names: ['PolicyActivationAudit'], kind: 'dataclass', bases: [], ...lines(BRIDGES, 30, 36), line: 31,
        uses: ['dataclass', 'str', 'BridgeKind', 'Optional', 'list', 'field'], annotationOnlyUses: ['str', 'BridgeKind', 'Optional'], public: true,
      },
      {
        names: ['record_policy_activation'], kind: 'function', ...lines(BRIDGES, 39, 44), line: 39,
        uses: ['Session', 'PolicyActivationAudit', 'range', 'MAX_RETRIES', 'select', 'logger'], annotationOnlyUses: ['Session'], public: true,
      },
      {
        names: ['_fetch'], kind: 'function', ...lines(BRIDGES, 47, 49), line: 47,
        uses: ['BridgeKind', 'dict', 'get_connector'], annotationOnlyUses: ['BridgeKind', 'dict'], public: false,
      },
    ]);
  });

  it('lists imports, the type-only one included, and what the module exports', () => {
    const facts = moduleFacts(BRIDGES, parse(BRIDGES));
    expect(facts.imports).toEqual([
      { ...lines(BRIDGES, 2), binds: ['annotations'], module: '__future__', level: 0, names: [{ name: 'annotations' }], typeOnly: false },
      { ...lines(BRIDGES, 4), binds: ['enum'], module: 'enum', level: 0, names: [{ name: 'enum' }], typeOnly: false },
      { ...lines(BRIDGES, 5), binds: ['logging'], module: 'logging', level: 0, names: [{ name: 'logging' }], typeOnly: false },
      { ...lines(BRIDGES, 6), binds: ['dataclass', 'field'], module: 'dataclasses', level: 0, names: [{ name: 'dataclass' }, { name: 'field' }], typeOnly: false },
      { ...lines(BRIDGES, 7), binds: ['TYPE_CHECKING', 'Optional'], module: 'typing', level: 0, names: [{ name: 'TYPE_CHECKING' }, { name: 'Optional' }], typeOnly: false },
      { ...lines(BRIDGES, 9), binds: ['select'], module: 'sqlalchemy', level: 0, names: [{ name: 'select' }], typeOnly: false },
      { ...lines(BRIDGES, 10), binds: ['get_connector'], module: 'app.services.connectors', level: 0, names: [{ name: 'get_connector' }], typeOnly: false },
      { ...lines(BRIDGES, 13), binds: ['Session'], module: 'sqlalchemy.orm', level: 0, names: [{ name: 'Session' }], typeOnly: true },
    ]);
    expect(facts.all).toBeUndefined();
    expect(facts.futureAnnotations).toBe(true);
    expect(facts.exported).toEqual(['logger', 'MAX_RETRIES', 'BridgeKind', 'UrgentKind', 'PolicyActivationAudit', 'record_policy_activation']);
    expect(facts.other).toEqual([{ ...lines(BRIDGES, 1), uses: [] }]);
  });
});
