import { configEdits } from '../../src/codemod/config-refs';
import { applyEdits } from '../../src/codemod/text-edits';
import { StateError } from '../../src/errors';
import { Workspace } from '../../src/workspace/workspace';
import { writeTree } from '../helpers/tree';

/** The configuration files' texts after `configEdits` for the given file moves. */
function rewritten(files: Record<string, string>, moves: Record<string, string>): Record<string, string> {
  const ws = Workspace.open(writeTree(files));
  const out: Record<string, string> = {};
  for (const [file, edits] of configEdits(ws.overlay, new Map(Object.entries(moves)))) out[file] = applyEdits(ws.overlay.read(file), edits);
  return out;
}

describe('configEdits', () => {
  it('rewrites nothing when nothing it names moves, and leaves globs from the file\'s folder and build output alone', () => {
    const files = { 'tsconfig.json': '{ "include": ["**/*.ts", "src"], "files": ["dist/x.js"] }', 'src/x.ts': '', 'src/y.ts': '', 'package.json': '{ "main": "dist/x.js" }' };
    expect(rewritten(files, { 'src/x.ts': 'lib/x.ts' })).toEqual({});
  });

  it('rebases the entries of a configuration file that moves with its folder, keeping those inside it', () => {
    const files = { 'pkg/tsconfig.json': '{ "files": ["x.ts", "../shared/s.ts"], "include": ["*.ts"] }', 'pkg/x.ts': '', 'shared/s.ts': '' };
    expect(rewritten(files, { 'pkg/tsconfig.json': 'packages/pkg/tsconfig.json', 'pkg/x.ts': 'packages/pkg/x.ts' })).toEqual({
      'pkg/tsconfig.json': '{ "files": ["x.ts", "../../shared/s.ts"], "include": ["*.ts"] }',
    });
  });

  it('refuses a folder entry whose files the moves scatter, naming the entry', () => {
    const files = { 'tsconfig.json': '{\n  "include": ["src/a"]\n}', 'src/a/x.ts': '', 'src/a/y.ts': '' };
    expect(() => rewritten(files, { 'src/a/x.ts': 'src/c/x.ts', 'src/a/y.ts': 'lib/y.ts' })).toThrow(
      new StateError('tsconfig.json:2 names "src/a" (the folder src/a), whose files the moves scatter; move the folder whole or edit that entry first'),
    );
  });

  it("refuses a move out of a tsconfig's rootDir", () => {
    const files = { 'tsconfig.json': '{\n  "compilerOptions": { "rootDir": "./src" }\n}', 'src/x.ts': '', 'src/y.ts': '' };
    expect(rewritten(files, { 'src/x.ts': 'src/a/x.ts' })).toEqual({});
    expect(() => rewritten(files, { 'src/y.ts': 'lib/y.ts' })).toThrow(new StateError('tsconfig.json:2 sets rootDir "./src"; src/y.ts would move out of it to lib/y.ts'));
  });
});
