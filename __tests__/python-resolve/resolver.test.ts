import { PythonResolver } from '../../src/lang/python/resolver';
import type { PythonSettings } from '../../src/lang/python/roots';
import { memTree } from './mem-tree';

function resolverOf(files: string[], roots: string[]): PythonResolver {
  const settings: PythonSettings = { roots, source: 'plan' };
  return new PythonResolver(memTree(files), settings);
}

/** What each module is: its file, 'namespace', or undefined. */
function answers(r: PythonResolver, modules: string[]): Record<string, string | undefined> {
  return Object.fromEntries(modules.map((m) => [m, r.isNamespacePackage(m) ? 'namespace' : r.resolve(m)]));
}

describe('PythonResolver', () => {
  it('resolves a src layout: packages, modules, and nothing outside the root', () => {
    const r = resolverOf(['src/app/__init__.py', 'src/app/x.py', 'src/app/sub/__init__.py', 'src/app/sub/y.py', 'tests/test_x.py'], ['src']);
    expect(answers(r, ['app', 'app.x', 'app.sub', 'app.sub.y', 'app.z', 'tests', 'src.app', 'app.x.y'])).toEqual({
      app: 'src/app/__init__.py', 'app.x': 'src/app/x.py', 'app.sub': 'src/app/sub/__init__.py', 'app.sub.y': 'src/app/sub/y.py',
      'app.z': undefined, tests: undefined, 'src.app': undefined, 'app.x.y': undefined,
    });
  });

  it('prefers a package to a module of the same name in one root, and an earlier root to a later one', () => {
    const r = resolverOf(['a/p/__init__.py', 'a/p.py', 'a/m.py', 'b/m/__init__.py', 'b/only.py', 'b/p/extra.py'], ['a', 'b']);
    expect(answers(r, ['p', 'm', 'only', 'p.extra'])).toEqual({ p: 'a/p/__init__.py', m: 'a/m.py', only: 'b/only.py', 'p.extra': undefined });
  });

  it('reads stubs as pyright does: the .py when both exist, the .pyi when alone, __init__.pyi makes a package', () => {
    const r = resolverOf(['r/both.py', 'r/both.pyi', 'r/stub.pyi', 'r/sp/__init__.pyi', 'r/sp/m.pyi', 'r/bp/__init__.py', 'r/bp/__init__.pyi'], ['r']);
    expect(answers(r, ['both', 'stub', 'sp', 'sp.m', 'bp'])).toEqual({ both: 'r/both.py', stub: 'r/stub.pyi', sp: 'r/sp/__init__.pyi', 'sp.m': 'r/sp/m.pyi', bp: 'r/bp/__init__.py' });
    expect([r.stubOf('r/both.py'), r.stubOf('r/bp/__init__.py'), r.stubOf('r/stub.pyi'), r.stubOf('r/none.py')]).toEqual(['r/both.pyi', 'r/bp/__init__.pyi', undefined, undefined]);
  });

  it('merges namespace packages across roots, nested, and lets a later regular module win over them', () => {
    const r = resolverOf(['a/ns/inner/deep/x.py', 'b/ns/inner/y.py', 'b/ns/z/__init__.py', 'a/shadow/w.py', 'b/shadow.py', 'a/nsonly/data.txt'], ['a', 'b']);
    expect(answers(r, ['ns', 'ns.inner', 'ns.inner.deep', 'ns.inner.deep.x', 'ns.inner.y', 'ns.z', 'shadow', 'shadow.w', 'nsonly'])).toEqual({
      ns: 'namespace', 'ns.inner': 'namespace', 'ns.inner.deep': 'namespace', 'ns.inner.deep.x': 'a/ns/inner/deep/x.py', 'ns.inner.y': 'b/ns/inner/y.py',
      'ns.z': 'b/ns/z/__init__.py', shadow: 'b/shadow.py', 'shadow.w': undefined, nsonly: 'namespace',
    });
  });

  it('searches only the regular package for its submodules, not other roots', () => {
    const r = resolverOf(['a/pkg/__init__.py', 'b/pkg/other.py'], ['a', 'b']);
    expect(answers(r, ['pkg', 'pkg.other'])).toEqual({ pkg: 'a/pkg/__init__.py', 'pkg.other': undefined });
  });

  it('tells project modules from external ones by the top-level name', () => {
    const r = resolverOf(['backend/app/__init__.py', 'backend/settings.py', 'backend/nsdir/x.py'], ['backend']);
    expect(['app.missing.deep', 'settings.X', 'nsdir.nothing', 'sqlalchemy.orm', 'os', 'backend.app'].map((m) => r.isProjectModule(m))).toEqual([true, true, true, false, false, false]);
  });

  it('finds the longest module prefix of a patch target', () => {
    const r = resolverOf(['r/app/__init__.py', 'r/app/services/__init__.py', 'r/app/services/mail.py', 'r/app/ns/deep.py'], ['r']);
    expect(r.longestModulePrefix('app.services.mail.send_mail.retry')).toEqual({ module: 'app.services.mail', file: 'r/app/services/mail.py' });
    expect(r.longestModulePrefix('app.services.Thing')).toEqual({ module: 'app.services', file: 'r/app/services/__init__.py' });
    expect(r.longestModulePrefix('app.ns.Thing')).toEqual({ module: 'app', file: 'r/app/__init__.py' });
    expect(r.longestModulePrefix('requests.get')).toBeUndefined();
  });

  it('answers from its memory: the tree is read once per question', () => {
    const tree = memTree(['r/app/__init__.py', 'r/app/x.py']);
    let reads = 0;
    const counting = { ...tree, exists: (p: string) => (reads++, tree.exists(p)), isDir: (p: string) => (reads++, tree.isDir(p)) };
    const r = new PythonResolver(counting, { roots: ['r'], source: 'plan' });
    r.resolve('app.x');
    const first = reads;
    expect([r.resolve('app.x'), r.resolve('app'), r.isNamespacePackage('app.x'), reads]).toEqual(['r/app/x.py', 'r/app/__init__.py', false, first]);
  });
});
