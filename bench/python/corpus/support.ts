import * as path from 'path';
import { PyLayout, PyModule, PY_LEGACY_SOURCE, PY_LEGACY_TARGET, PY_MOVE_DEST } from './layout';
import { exportedName } from './names';

/** `__init__.py`: a docstring, and in a layer folder `from .x import Name` re-exports of its first modules plus `__all__`. */
export function renderInit(m: PyModule, children: PyModule[]): string {
  const lines = [`"""The ${m.dotted} package."""`];
  const shown = children.slice(0, 2);
  if (shown.length) {
    lines.push('', ...shown.map((c) => `from .${c.stem} import ${exportedName(c)}`), '',
      `__all__ = [${shown.map((c) => `"${exportedName(c)}"`).join(', ')}]`);
  }
  return lines.join('\n') + '\n';
}

/** The SQLAlchemy stand-in under backend/vendor: just the API the corpus calls. */
export function renderVendor(m: PyModule): string {
  if (m.stem === 'orm') {
    return ['"""Sessions of the SQLAlchemy stand-in."""', '', 'from __future__ import annotations', '', 'from sqlalchemy import Select', '', '',
      'class Session:', '    """Executes statements."""', '', '    def execute(self, statement: Select) -> list[object]:',
      '        """The statement\'s entities, as rows."""', '        return list(statement.entities)', ''].join('\n');
  }
  return ['"""A stand-in for SQLAlchemy\'s query API (what the corpus uses), so the tree imports and type-checks offline."""', '',
    'from __future__ import annotations', '', '',
    'class Select:', '    """A statement over some entities."""', '', '    def __init__(self, entities: tuple[object, ...]) -> None:',
    '        self.entities = entities', '', '    def where(self, *clauses: object) -> Select:', '        """The statement with more clauses."""',
    '        return Select(self.entities + clauses)', '', '',
    'def select(*entities: object) -> Select:', '    """A statement over `entities`."""', '    return Select(entities)', ''].join('\n');
}

/** A legacy service module (and its twin under customer/general/legacy): one client class, no imports. */
export function renderLegacy(m: PyModule): string {
  const cls = exportedName(m);
  return [`"""The ${m.stem} service (${m.kind === 'legacyTarget' ? 'migrated' : 'legacy'})."""`, '', '',
    `class ${cls}:`, `    """Talks to the ${m.stem} backend."""`, '',
    '    def __init__(self, endpoint: str = "local") -> None:', '        self.endpoint = endpoint', '',
    '    def call(self, payload: dict[str, str]) -> dict[str, str]:', '        """Echoes the payload with the endpoint."""',
    '        return {**payload, "endpoint": self.endpoint}', ''].join('\n');
}

/** pyright's configuration for the tree: both import roots, basic checking. */
export function renderPyrightConfig(): string {
  return JSON.stringify({ include: ['backend'], extraPaths: ['backend', 'backend/vendor'], typeCheckingMode: 'basic', pythonVersion: '3.11' }, null, 2) + '\n';
}

/** The hub package's folder and where remediate's move-package phase sends it. */
export function hubMove(layout: PyLayout): { from: string; to: string } {
  const from = path.posix.dirname(layout.hub.folders.schemas[0].path);
  return { from, to: `${PY_MOVE_DEST}/schemas` };
}

/** The remediate plan for the corpus (plan format v1, Python section). */
export function renderPyPlan(layout: PyLayout, files: number): string {
  const move = hubMove(layout);
  return `version: 1
name: bench-python-corpus-${files}
root: .

python:
  roots: [backend, backend/vendor]

layers:
  L3: { title: Facades, paths: ["backend/app/houseofcards/**/facades/**"] }
  L4: { title: Governed Runtime, paths: ["backend/app/houseofcards/*/general/runtime/**"] }
  L5: { title: Domain Engine, paths: ["backend/app/houseofcards/**/engines/**"] }
  L6: { title: Drivers, paths: ["backend/app/houseofcards/**/drivers/**"] }
  L7: { title: Schemas, paths: ["backend/app/houseofcards/**/schemas/**"] }

audiences:
  CUSTOMER: backend/app/houseofcards/customer
  INTERNAL: backend/app/houseofcards/internal

rules:
  BANNED_NAMING: { files: ["**/*_service.py"] }
  LEGACY_IMPORT: { modules: ["app.services"] }
  ORM_RUNTIME: { modules: ["sqlalchemy"], layers: [L5] }
  LAYER_BOUNDARY: { L6: { deny: [L5, L4] }, L5: { deny: [L4] } }
  HEADER_LAYER: {}
  AUDIENCE_BOUNDARY: {}
  UNRESOLVED_IMPORT: {}

phases:
  - id: move-package
    title: Move the ${layout.hub.name} schemas package to customer/general/shared
    steps:
      - move: //${move.from}
        to: //${move.to}
        reason: Shared by many customer domains
  - id: rewrite-legacy
    title: Repoint the legacy_x service imports
    steps:
      - rewrite-imports: { from: "${PY_LEGACY_SOURCE}", to: "//${PY_LEGACY_TARGET}" }
`;
}
