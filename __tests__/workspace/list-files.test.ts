import * as fs from 'node:fs';
import * as path from 'node:path';
import { listFiles } from '../../src/workspace/list-files';
import { writeTree } from '../helpers/tree';

describe('listFiles', () => {
  it('lists regular files sorted, without dependencies, VCS data or the root journal', () => {
    const root = writeTree({
      'src/b.ts': '',
      'src/a.ts': '',
      'src/Z.ts': '',
      '.env': '',
      'node_modules/pkg/index.js': '',
      'packages/x/node_modules/dep/index.js': '',
      '.git/HEAD': '',
      '.remediate/journal.json': '',
      'src/.remediate/kept.ts': '',
    });
    expect(listFiles(root)).toEqual(['.env', 'src/.remediate/kept.ts', 'src/Z.ts', 'src/a.ts', 'src/b.ts']);
  });

  it('honours .gitignore files at every depth, the deeper one taking precedence', () => {
    const root = writeTree({
      '.gitignore': 'dist/\n*.log\n/generated\n',
      'dist/out.js': '',
      'src/dist/also-ignored.js': '',
      'generated/x.ts': '',
      'src/generated/kept.ts': '',
      'debug.log': '',
      'src/app.ts': '',
      'src/.gitignore': '!keep.log\nlocal/\n',
      'src/keep.log': '',
      'src/drop.log': '',
      'src/local/secret.ts': '',
      'lib/local/kept.ts': '',
    });
    expect(listFiles(root)).toEqual([
      '.gitignore',
      'lib/local/kept.ts',
      'src/.gitignore',
      'src/app.ts',
      'src/generated/kept.ts',
      'src/keep.log',
    ]);
  });

  it('does not re-include a file below an ignored folder (as git does not)', () => {
    const root = writeTree({ '.gitignore': 'build/\n!build/keep.ts\n', 'build/keep.ts': '', 'a.ts': '' });
    expect(listFiles(root)).toEqual(['.gitignore', 'a.ts']);
  });

  it('leaves out symbolic links to files and to folders', () => {
    const root = writeTree({ 'src/a.ts': '', 'outside/secret.ts': '' });
    fs.symlinkSync(path.join(root, 'src/a.ts'), path.join(root, 'src/link.ts'));
    fs.symlinkSync(path.join(root, 'outside'), path.join(root, 'src/linked-dir'));
    expect(listFiles(root)).toEqual(['outside/secret.ts', 'src/a.ts']);
  });
});
