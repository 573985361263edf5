import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PythonResolver } from '../../src/lang/python/resolver';
import { writeTree } from '../helpers/tree';
import { memTree } from './mem-tree';

/** Each module defines one name, in its runtime file and (other name) in its stub, so the file pyright reads shows in what it accepts. */
const FILES: Record<string, string> = {
  'r1/both.py': 'runtime_name = 1\n',
  'r1/both.pyi': 'stub_name: int\n',
  'r1/stubonly.pyi': 'stub_name: int\n',
  'r1/sp/__init__.pyi': 'stub_name: int\n',
  'r1/sp/data.txt': '',
  'r1/pm/__init__.py': 'package_name = 1\n',
  'r1/pm.py': 'module_name = 1\n',
  'r1/ns/inner.py': 'inner_name = 1\n',
  'r2/ns.py': 'later_name = 1\n',
  'r2/ns2/inner.py': 'inner_name = 1\n',
  'r1/ns2/other.py': 'other_name = 1\n',
};
/** `from module import name`, for every module above and every name any file defines. */
const NAMES = ['runtime_name', 'stub_name', 'package_name', 'module_name', 'inner_name', 'later_name', 'other_name'];
const MODULES = ['both', 'stubonly', 'sp', 'pm', 'ns', 'ns2.inner', 'ns2.other', 'missing'];

/** Which imports the type checker should refuse, by our resolver: the module's stub when it has one, else its file. */
function predicted(): string[] {
  const r = new PythonResolver(memTree(FILES), { roots: ['r1', 'r2'], source: 'plan' });
  const refused: string[] = [];
  for (const module of MODULES) {
    const file = r.resolve(module);
    const typed = file === undefined ? undefined : r.stubOf(file) ?? file;
    if (typed === undefined) refused.push(`${module}: unresolved`);
    else for (const name of NAMES) if (!FILES[typed].startsWith(name)) refused.push(`${module}.${name}`);
  }
  return refused;
}

describe('PythonResolver and stubs, against pyright', () => {
  it("refuses exactly the imports pyright refuses: a stub beside a module, a stub alone, an __init__.pyi package, a package before a module, a later module before a namespace folder", () => {
    const lines = MODULES.flatMap((m) => NAMES.map((n) => [m, n]));
    const base = writeTree({ ...FILES, 'app/main.py': lines.map(([m, n]) => `from ${m} import ${n}\n`).join(''), 'pyrightconfig.json': JSON.stringify({ executionEnvironments: [{ root: 'app', extraPaths: ['r1', 'r2'] }] }) }, 'remediate-pyright-');
    try {
      const bin = path.join(__dirname, '../../node_modules/.bin/pyright');
      let out = '';
      try {
        out = execFileSync(bin, ['--outputjson', '-p', path.join(base, 'pyrightconfig.json')], { encoding: 'utf8' });
      } catch (e) {
        out = (e as { stdout: string }).stdout;
      }
      const diagnostics = (JSON.parse(out) as { generalDiagnostics: Array<{ severity: string; rule?: string; range: { start: { line: number } } }> }).generalDiagnostics;
      const refused = new Set<string>();
      for (const d of diagnostics.filter((x) => x.severity === 'error')) {
        const [m, n] = lines[d.range.start.line];
        refused.add(d.rule === 'reportMissingImports' ? `${m}: unresolved` : `${m}.${n}`);
      }
      expect([...refused].sort()).toEqual(predicted().sort());
    } finally {
      fs.rmSync(base, { recursive: true, force: true });
    }
  });
});
