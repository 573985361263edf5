import { planText, ruleTable } from '../helpers/rule-cases';

// Every rule of the validator on Python trees: module patterns are dotted, relative imports are made
// absolute first, `if TYPE_CHECKING:` imports are type-only, headers are `#` lines or docstring lines.
const layers = `layers:
  L4: { title: Governed Runtime, paths: ["app/general/runtime/**"] }
  L5: { title: Domain Engine, paths: ["**/engines/**", "**/schemas/**"] }
  L6: { title: Drivers, paths: ["**/drivers/**"] }`;
const pkg = (files: Record<string, string>) => ({ 'app/__init__.py': '', 'app/drivers/__init__.py': '', 'app/engines/__init__.py': '', 'app/schemas/__init__.py': '', ...files });

ruleTable('LEGACY_IMPORT on Python', planText(`rules:\n  LEGACY_IMPORT: { modules: ["app.services", "app.*.legacy"] }`), {
  valid: [
    { name: 'a module that only starts like the namespace', files: pkg({ 'app/servicesx.py': 'X = 1\n', 'app/engines/e.py': 'from app.servicesx import X\n' }) },
    { name: 'legacy code importing its own namespace', files: pkg({ 'app/services/__init__.py': '', 'app/services/a.py': 'from app.services.b import B\n', 'app/services/b.py': 'B = 1\n' }) },
    { name: 'imports in strings and comments', files: pkg({ 'app/engines/e.py': '# from app.services import x\nDOC = "import app.services"\n' }) },
  ],
  invalid: [
    {
      name: 'absolute, relative, submodule, aliased, in a function, dynamic and one-segment wildcard forms',
      files: pkg({
        'app/services/__init__.py': '',
        'app/services/connectors.py': 'def get_connector(): ...\n',
        'app/x/__init__.py': '',
        'app/x/legacy.py': 'L = 1\n',
        'app/engines/e.py': [
          'from app.services.connectors import get_connector',
          'from ..services import connectors',
          'import app.services.connectors as c',
          'def f():',
          '    import app.x.legacy',
          'import importlib',
          'm = importlib.import_module("app.services.connectors")',
        ].join('\n'),
      }),
      expected: [
        ['LEGACY_IMPORT', 'app/engines/e.py', 1],
        ['LEGACY_IMPORT', 'app/engines/e.py', 2],
        ['LEGACY_IMPORT', 'app/engines/e.py', 3],
        ['LEGACY_IMPORT', 'app/engines/e.py', 5],
        ['LEGACY_IMPORT', 'app/engines/e.py', 7],
      ],
    },
  ],
});

ruleTable('ORM_RUNTIME on Python', planText(`${layers}\nrules:\n  ORM_RUNTIME: { modules: [sqlalchemy], layers: [L5] }`), {
  valid: [
    {
      name: 'imports under if TYPE_CHECKING / typing.TYPE_CHECKING',
      files: pkg({ 'app/engines/e.py': 'from typing import TYPE_CHECKING\nimport typing\nif TYPE_CHECKING:\n    from sqlalchemy import select\nif typing.TYPE_CHECKING:\n    import sqlalchemy.orm\n' }),
    },
    { name: 'a driver may use the ORM', files: pkg({ 'app/drivers/d.py': 'from sqlalchemy import select\n' }) },
    { name: 'a package that only starts like the ORM', files: pkg({ 'app/engines/e.py': 'import sqlalchemy_utils\n' }) },
  ],
  invalid: [
    {
      name: 'run-time imports, the else branch of TYPE_CHECKING, a HYBRID header',
      files: pkg({
        'app/engines/e.py': 'from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    pass\nelse:\n    import sqlalchemy\nfrom sqlalchemy.orm import Session\n',
        'app/drivers/h.py': '# Layer: L5/L6 — HYBRID\nfrom sqlalchemy import insert\n',
      }),
      expected: [
        ['ORM_RUNTIME', 'app/drivers/h.py', 2],
        ['ORM_RUNTIME', 'app/engines/e.py', 5],
        ['ORM_RUNTIME', 'app/engines/e.py', 6],
      ],
    },
  ],
});

ruleTable('LAYER_BOUNDARY on Python', planText(`${layers}\nrules:\n  LAYER_BOUNDARY: { L6: { deny: [L5, L4], allow-type-only: true }, L5: { deny: [L4] } }`), {
  valid: [
    { name: 'downward imports', files: pkg({ 'app/drivers/d.py': 'D = 1\n', 'app/engines/e.py': 'from ..drivers.d import D\n' }) },
    { name: 'a type-only import where allowed', files: pkg({ 'app/engines/e.py': 'E = 1\n', 'app/drivers/d.py': 'from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from app.engines.e import E\n' }) },
  ],
  invalid: [
    {
      name: 'upward imports: relative, absolute, a submodule named in a from-import',
      files: pkg({
        'app/engines/e.py': 'E = 1\n',
        'app/drivers/d.py': 'from ..engines.e import E\nimport app.engines.e\nfrom ..engines import e\n',
      }),
      expected: [
        ['LAYER_BOUNDARY', 'app/drivers/d.py', 1],
        ['LAYER_BOUNDARY', 'app/drivers/d.py', 2],
        ['LAYER_BOUNDARY', 'app/drivers/d.py', 3],
      ],
    },
  ],
});

ruleTable('HEADER_LAYER and AUDIENCE_BOUNDARY on Python', planText(`${layers}\naudiences:\n  CUSTOMER: app\nrules:\n  HEADER_LAYER: {}\n  AUDIENCE_BOUNDARY: {}`), {
  valid: [
    { name: 'comment and docstring headers that agree', files: pkg({ 'app/drivers/d.py': '#!/usr/bin/env python3\n# -*- coding: utf-8 -*-\n# Layer: L6 — Drivers\n# AUDIENCE: CUSTOMER\nD = 1\n', 'app/engines/e.py': '"""Engine.\n\nLayer: L5 — Domain Engine\n"""\nE = 1\n' }) },
  ],
  invalid: [
    {
      name: 'a wrong layer in a comment header, a wrong audience in a docstring',
      files: pkg({ 'app/drivers/d.py': '# Layer: L4 — Domain Engine\nD = 1\n', 'app/engines/e.py': '"""Engine.\n\nAUDIENCE: INTERNAL\n"""\nE = 1\n' }),
      expected: [
        ['HEADER_LAYER', 'app/drivers/d.py', 1],
        ['AUDIENCE_BOUNDARY', 'app/engines/e.py', 3],
      ],
    },
  ],
});

ruleTable('UNRESOLVED_IMPORT and BANNED_NAMING on Python', planText(`rules:\n  UNRESOLVED_IMPORT: {}\n  BANNED_NAMING: { files: ["**/*_service.py"] }`), {
  valid: [
    {
      name: 'external packages, namespace packages, stubs, a submodule name that is an attribute',
      files: { 'app/__init__.py': 'X = 1\n', 'ns/sub/m.py': 'M = 1\n', 'typed/t.pyi': 'T: int\n', 'main.py': 'import os\nimport sqlalchemy\nfrom ns.sub import m\nimport ns.sub\nfrom app import X\nimport typed.t\n' },
    },
  ],
  invalid: [
    {
      name: 'a missing module of the code base, a relative import above the top package, a patch target, a banned name',
      files: {
        'app/__init__.py': '',
        'app/a_service.py': 'from app.gone import x\nfrom ... import y\n',
        // The longest module prefix of a patch target is its module (the rest are attributes): in a namespace package nothing is.
        'ns/sub/m.py': 'M = 1\n',
        'tests/test_a.py': 'from unittest import mock\n@mock.patch("ns.sub.gone.X")\ndef test(): ...\n',
      },
      expected: [
        ['BANNED_NAMING', 'app/a_service.py', 1],
        ['UNRESOLVED_IMPORT', 'app/a_service.py', 1],
        ['UNRESOLVED_IMPORT', 'app/a_service.py', 2],
        ['UNRESOLVED_IMPORT', 'tests/test_a.py', 2],
      ],
    },
  ],
});
