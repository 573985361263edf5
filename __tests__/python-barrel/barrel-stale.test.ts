import { loadPythonParser } from '../../src/lang/python/parser';
import { hits, planText, ruleTable, validateTree } from '../helpers/rule-cases';

const B = 'BARREL_STALE';
const layers = 'layers:\n  L6: { title: Drivers, paths: ["**/drivers/**"] }';
const steps = 'phases:\n  - id: p\n    title: P\n    steps:\n      - barrel: drivers\n        exclude: ["drivers/wip_*.py"]';
const current = '# Layer: L6 — Drivers\n\nfrom .a import a\nfrom .b import B\n\n__all__ = [\n    "a",\n    "B",\n]\n';
const modules = { 'drivers/a.py': 'def a() -> int:\n    return 1\n', 'drivers/b.py': 'class B:\n    pass\n', 'drivers/wip_c.py': 'C = 3\n' };

beforeAll(() => loadPythonParser());

// With `barrels: []`, the folders and settings come from the plan's barrel steps.
ruleTable('BARREL_STALE on __init__.py (folders from the plan’s barrel steps)', planText(`${layers}\nrules:\n  BARREL_STALE: { barrels: [] }\n${steps}`), {
  valid: [
    { name: 'a barrel as the step generates it (its exclude honoured)', files: { ...modules, 'drivers/__init__.py': current } },
    { name: 'a folder that does not exist (yet)', files: { 'lib/x.py': 'X = 1\n' } },
  ],
  invalid: [
    { name: 'a star import where names are generated', files: { ...modules, 'drivers/__init__.py': current.replace('from .b import B', 'from .b import *') }, expected: [[B, 'drivers/__init__.py', 4]] },
    { name: 'a stale module and a missing one', files: { ...modules, 'drivers/__init__.py': '# Layer: L6 — Drivers\n\nfrom .a import a\nfrom .gone import G\n' }, expected: [[B, 'drivers/__init__.py', 4]] },
    { name: 'a missing barrel', files: modules, expected: [[B, 'drivers/__init__.py', 1]] },
    { name: 'a name two modules define', files: { ...modules, 'drivers/b.py': 'def a() -> int:\n    return 2\n', 'drivers/__init__.py': current }, expected: [[B, 'drivers/__init__.py', 1]] },
    { name: 'an __all__ out of date', files: { ...modules, 'drivers/__init__.py': current.replace('    "B",\n', '') }, expected: [[B, 'drivers/__init__.py', 8]] },
  ],
});

// A listed folder no step names is checked with every module it holds; a TypeScript folder keeps index.ts.
ruleTable('BARREL_STALE on __init__.py (listed folders)', planText(`${layers}\nrules:\n  BARREL_STALE: { barrels: [lib, web] }`), {
  valid: [
    {
      name: 'an up-to-date Python package and an up-to-date TypeScript folder',
      files: { 'lib/x.py': 'X = 1\n', 'lib/__init__.py': '"""Role: lib"""\n\nfrom .x import X\n\n__all__ = [\n    "X",\n]\n', 'web/y.ts': 'export const y = 1;\n', 'web/index.ts': "// Role: web\n\nexport { y } from './y';\n" },
    },
  ],
  invalid: [
    { name: 'a listed package missing a module', files: { 'lib/x.py': 'X = 1\n', 'lib/y.py': 'Y = 2\n', 'lib/__init__.py': '# Role: lib\n\nfrom .x import X\n\n__all__ = [\n    "X",\n]\n' }, expected: [[B, 'lib/__init__.py', 4]] },
  ],
});

describe('BARREL_STALE messages on __init__.py', () => {
  const plan = planText(`${layers}\nrules:\n  BARREL_STALE: { barrels: [] }\n${steps}`);
  const messageOf = (init: string, files: Record<string, string> = modules) => validateTree({ ...files, 'drivers/__init__.py': init }, plan).result.violations[0].message;

  it('names the modules that are missing, stale or imported with other names', () => {
    const init = '# Layer: L6 — Drivers\n\nfrom .a import a, old\nfrom .gone import *\n';
    const { result } = validateTree({ ...modules, 'drivers/__init__.py': init }, plan);
    expect(hits(result)).toEqual([[B, 'drivers/__init__.py', 3]]);
    expect(result.violations[0].message).toBe('barrel is stale: missing .b; stale .gone; names differ for .a (regenerate it with the barrel step)');
  });

  it('says when only the layout differs, when the barrel is missing, and when generation is refused', () => {
    expect(messageOf(current.replace('\n\n__all__', '\n__all__'))).toBe('barrel is stale: header, order or layout differs (regenerate it with the barrel step)');
    expect(validateTree(modules, plan).result.violations[0].message).toBe('barrel missing: drivers/__init__.py does not exist');
    expect(messageOf(current, { ...modules, 'drivers/b.py': 'def a() -> int:\n    return 2\n' })).toBe(
      'barrel cannot be generated: drivers/__init__.py: "a" is exported by both drivers/a.py and drivers/b.py; exclude one, or import it by hand between # remediate:keep-start and # remediate:keep-end',
    );
  });
});
