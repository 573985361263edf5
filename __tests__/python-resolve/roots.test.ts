import { StateError } from '../../src/errors';
import { findPythonRoots } from '../../src/lang/python/roots';
import { memTree } from './mem-tree';

const pkg = { 'src/app/__init__.py': '', 'lib/x/__init__.py': '', 'backend/app/__init__.py': '' };

describe('findPythonRoots', () => {
  const cases: Array<[string, Record<string, string>, { roots: string[]; source: string }]> = [
    ['no configuration: the root', { 'app/__init__.py': '' }, { roots: [''], source: 'default' }],
    ['setuptools package-dir', { ...pkg, 'pyproject.toml': '[tool.setuptools]\npackage-dir = {"" = "src"}\n' }, { roots: ['src'], source: 'pyproject.toml' }],
    ['setuptools package-dir as a dotted key', { ...pkg, 'pyproject.toml': '[tool]\nsetuptools.package-dir."" = "lib"\n' }, { roots: ['lib'], source: 'pyproject.toml' }],
    [
      'setuptools find where, several, de-duplicated',
      { ...pkg, 'pyproject.toml': '[tool.setuptools.packages.find]\nwhere = [\n  "src",  # main\n  "lib",\n  "./src",\n]\n' },
      { roots: ['src', 'lib'], source: 'pyproject.toml' },
    ],
    [
      'poetry packages with and without from',
      { ...pkg, 'pyproject.toml': '[tool.poetry]\nname = "x"\npackages = [\n  { include = "app", from = "backend" },\n  { include = "tools" },\n]\n' },
      { roots: ['backend', ''], source: 'pyproject.toml' },
    ],
    ['hatch wheel packages', { ...pkg, 'pyproject.toml': '[tool.hatch.build.targets.wheel]\npackages = ["src/app", "lib/x/"]\n' }, { roots: ['src', 'lib'], source: 'pyproject.toml' }],
    ['src layout found when pyproject names no folder', { ...pkg, 'pyproject.toml': '[project]\nname = "app"\n' }, { roots: ['src'], source: 'pyproject.toml' }],
    ['no src layout: a src folder without a package', { 'src/notes.txt': '', 'pyproject.toml': '[project]\nname = "app"\n' }, { roots: [''], source: 'default' }],
    ['setup.cfg package_dir', { ...pkg, 'setup.cfg': '[metadata]\nname = x\n\n[options]\npackage_dir =\n    =src\n' }, { roots: ['src'], source: 'setup.cfg' }],
    ['setup.cfg find where', { ...pkg, 'setup.cfg': '[options.packages.find]\nwhere = lib\n' }, { roots: ['lib'], source: 'setup.cfg' }],
    ['setup.cfg when pyproject names nothing and has no src layout', { 'lib/x/__init__.py': '', 'pyproject.toml': '[build-system]\nrequires = ["setuptools"]\n', 'setup.cfg': '[options]\npackage_dir = =lib\n' }, { roots: ['lib'], source: 'setup.cfg' }],
    ['only the top-level pyproject.toml is read', { ...pkg, 'backend/pyproject.toml': '[tool.setuptools]\npackage-dir = {"" = "app"}\n' }, { roots: [''], source: 'default' }],
  ];
  it.each(cases)('%s', (_name, files, expected) => {
    expect(findPythonRoots(memTree(files))).toEqual(expected);
  });

  it("takes the plan's roots in order, normalised", () => {
    expect(findPythonRoots(memTree(pkg), ['backend', './lib/', '.'])).toEqual({ roots: ['backend', 'lib', ''], source: 'plan' });
  });

  it('refuses a plan root that is not a folder, naming it', () => {
    expect(() => findPythonRoots(memTree(pkg), ['backend', 'frontend'])).toThrow(new StateError("the plan (python.roots): import root 'frontend' is not a folder of the code base"));
    expect(() => findPythonRoots(memTree(pkg), ['../up'])).toThrow(new StateError("the plan (python.roots): import root '../up' is absolute or leaves the code base's root"));
  });

  it('refuses a configured root that is not a folder, naming the file', () => {
    const files = { ...pkg, 'pyproject.toml': '[tool.setuptools.packages.find]\nwhere = ["source"]\n' };
    expect(() => findPythonRoots(memTree(files))).toThrow(new StateError("pyproject.toml: import root 'source' is not a folder of the code base"));
  });

  it('names the line and column of unreadable pyproject.toml', () => {
    const files = { ...pkg, 'pyproject.toml': '[project]\nname = "x\n' };
    expect(() => findPythonRoots(memTree(files))).toThrow(new StateError('pyproject.toml:2:8: unterminated string'));
  });
});
