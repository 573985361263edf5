import { absoluteModule, moduleFile, moduleNameOf } from '../../src/lang/python/module-names';
import type { PythonSettings } from '../../src/lang/python/roots';

const backend: PythonSettings = { roots: ['backend'], source: 'plan' };
const two: PythonSettings = { roots: ['', 'my-src'], source: 'plan' };
const rootOnly: PythonSettings = { roots: [''], source: 'default' };

describe('moduleNameOf', () => {
  it.each<[string, PythonSettings, string | undefined]>([
    ['backend/app/x/y.py', backend, 'app.x.y'],
    ['backend/app/x/pkg/__init__.py', backend, 'app.x.pkg'],
    ['backend/app/x/y.pyi', backend, 'app.x.y'],
    ['backend/app/__init__.pyi', backend, 'app'],
    ['backend/__init__.py', backend, undefined],
    ['backend/app/readme.md', backend, undefined],
    ['frontend/app/x.py', backend, undefined],
    ['backendx/app/x.py', backend, undefined],
    ['backend/app/my-module.py', backend, undefined],
    ['backend/app/2fa.py', backend, undefined],
    ['backend/app/class.py', backend, undefined],
    ['backend/app/match.py', backend, 'app.match'],
    ['backend/app/café.py', backend, 'app.café'],
    ['my-src/app/x.py', two, 'app.x'],
    ['tools/run.py', two, 'tools.run'],
    ['x.py', rootOnly, 'x'],
  ])('%s under %j → %j', (file, settings, expected) => {
    expect(moduleNameOf(file, settings)).toBe(expected);
  });

  it('takes the first root that holds the file', () => {
    expect(moduleNameOf('backend/app/x.py', { roots: ['', 'backend'], source: 'plan' })).toBe('backend.app.x');
    expect(moduleNameOf('backend/app/x.py', { roots: ['backend', ''], source: 'plan' })).toBe('app.x');
  });
});

describe('absoluteModule', () => {
  it.each<[string, string, string | { error: string }]>([
    ['backend/app/x/a.py', 'os.path', 'os.path'],
    ['backend/app/x/a.py', '.', 'app.x'],
    ['backend/app/x/a.py', '.b', 'app.x.b'],
    ['backend/app/x/a.py', '..', 'app'],
    ['backend/app/x/a.py', '..y.z', 'app.y.z'],
    ['backend/app/x/__init__.py', '.', 'app.x'],
    ['backend/app/x/__init__.py', '.b', 'app.x.b'],
    ['backend/app/x/__init__.py', '..', 'app'],
    ['backend/app/__init__.pyi', '.b', 'app.b'],
    ['backend/app/x/a.py', '...', { error: "relative import '...' climbs above the top-level package 'app'" }],
    ['backend/app/x/__init__.py', '...y', { error: "relative import '...y' climbs above the top-level package 'app'" }],
    ['backend/app/a.py', '..y', { error: "relative import '..y' climbs above the top-level package 'app'" }],
    ['backend/main.py', '.y', { error: "relative import '.y' in top-level module 'main', which has no parent package" }],
    ['scripts/run.py', '.y', { error: "relative import '.y' in 'scripts/run.py', which has no module name under the import roots ('backend')" }],
  ])('in %s, %j → %j', (importer, written, expected) => {
    expect(absoluteModule(importer, written, backend)).toEqual(expected);
  });

  it('names the root as such in the error', () => {
    expect(absoluteModule('a-b/x.py', '.y', rootOnly)).toEqual({ error: "relative import '.y' in 'a-b/x.py', which has no module name under the import roots ('' (the root))" });
  });
});

describe('moduleFile', () => {
  it.each([
    ['app.x.y', 'backend', 'backend/app/x/y.py'],
    ['app', '', 'app.py'],
    ['app.x', 'src/py', 'src/py/app/x.py'],
  ])('(%s, %j) → %s', (module, root, expected) => {
    expect(moduleFile(module, root)).toBe(expected);
  });
});
