import * as fs from 'node:fs';
import * as path from 'node:path';
import { pythonFiles, pyrightErrors, unimportableModules } from '../helpers/python';

const EXAMPLES = path.join(__dirname, '../../examples');
const TS_ROOT = path.join(EXAMPLES, 'hoc');
const PY_ROOT = path.join(EXAMPLES, 'hoc-py');

/** Python packages need an __init__.py where the TypeScript tree has no index.ts. */
const INIT_FILES_WITHOUT_TS_INDEX = [
  'backend/app/__init__.py',
  'backend/app/houseofcards/__init__.py',
  'backend/app/houseofcards/customer/__init__.py',
  'backend/app/houseofcards/customer/general/__init__.py',
  'backend/app/houseofcards/customer/general/mcp/__init__.py',
  'backend/app/houseofcards/customer/general/runtime/__init__.py',
  'backend/app/houseofcards/customer/general/runtime/authority/__init__.py',
  'backend/app/houseofcards/customer/general/runtime/consequences/__init__.py',
  'backend/app/houseofcards/customer/general/runtime/execution/__init__.py',
  'backend/app/houseofcards/customer/integrations/__init__.py',
  'backend/app/houseofcards/customer/integrations/adapters/__init__.py',
  'backend/app/houseofcards/customer/integrations/facades/__init__.py',
  'backend/app/houseofcards/customer/integrations/vault/__init__.py',
  'backend/app/houseofcards/customer/integrations/vault/engines/__init__.py',
  'backend/app/houseofcards/internal/__init__.py',
  'backend/app/houseofcards/internal/platform/__init__.py',
  'backend/app/houseofcards/internal/platform/drivers/__init__.py',
  'backend/app/houseofcards/internal/platform/engines/__init__.py',
  'backend/app/integrations/__init__.py',
  'backend/app/services/__init__.py',
  'backend/app/services/governance/__init__.py',
];

/** The vendored ORM stand-ins differ by design: typeorm for TypeScript, sqlalchemy for Python. */
const TS_VENDOR = ['backend/vendor/typeorm/index.ts'];
const PY_VENDOR = ['backend/vendor/sqlalchemy/__init__.py', 'backend/vendor/sqlalchemy/exc.py', 'backend/vendor/sqlalchemy/orm.py'];

function tsFiles(dir = ''): string[] {
  return fs.readdirSync(path.join(TS_ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return tsFiles(rel);
    return rel.endsWith('.ts') ? [rel] : [];
  });
}

/** `drivers/index.ts` → `drivers/__init__.py`, `drivers/bridges.ts` → `drivers/bridges.py`. */
function pythonTwin(tsFile: string): string {
  return tsFile.endsWith('/index.ts') ? tsFile.replace(/index\.ts$/, '__init__.py') : tsFile.replace(/\.ts$/, '.py');
}

/** The `Layer` and `AUDIENCE` header values of a file, in order (comment lines or a docstring/JSDoc block). */
function layerAndAudience(file: string): string[] {
  const head = fs.readFileSync(file, 'utf8').split('\n').slice(0, 8).join('\n');
  return [...head.matchAll(/^(?:\/\/|#|\s\*)?\s*(Layer|AUDIENCE): (.+)$/gm)].map((m) => `${m[1]}: ${m[2]}`);
}

describe('examples/hoc-py', () => {
  it('has the files of examples/hoc, .ts as .py and index.ts as __init__.py, plus package __init__.py files', () => {
    const ts = tsFiles().filter((f) => !TS_VENDOR.includes(f));
    const expected = [...ts.map(pythonTwin), ...INIT_FILES_WITHOUT_TS_INDEX, ...PY_VENDOR].sort();
    expect(pythonFiles(PY_ROOT)).toEqual(expected);
    expect(tsFiles().filter((f) => f.startsWith('backend/vendor/'))).toEqual(TS_VENDOR);
  });

  it('gives every module the Layer and AUDIENCE headers of its TypeScript twin', () => {
    const differing = tsFiles()
      .filter((f) => !TS_VENDOR.includes(f))
      .filter((f) => JSON.stringify(layerAndAudience(path.join(TS_ROOT, f))) !== JSON.stringify(layerAndAudience(path.join(PY_ROOT, pythonTwin(f)))));
    expect(differing).toEqual([]);
    expect(layerAndAudience(path.join(PY_ROOT, 'backend/app/houseofcards/customer/integrations/drivers/bridges.py'))).toEqual([
      'Layer: L4 — Domain Engine',
      'AUDIENCE: CUSTOMER',
    ]);
  });

  it('imports every module under python3 with backend and backend/vendor as import roots', () => {
    expect(unimportableModules(PY_ROOT, ['backend', 'backend/vendor'])).toEqual([]);
  });

  it('type-checks with 0 pyright errors under its pyrightconfig.json', () => {
    expect(pyrightErrors(PY_ROOT)).toEqual([]);
  }, 180_000);
});
