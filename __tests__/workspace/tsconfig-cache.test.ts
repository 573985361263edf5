import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { keptDir } from '../../src/workspace/kept';
import { readModuleSettings, type ModuleSettings } from '../../src/workspace/tsconfig';
import { writeTree } from '../helpers/tree';

const read = (f: string) => (fs.existsSync(f) ? fs.readFileSync(f, 'utf8') : undefined);
const view = (s: ModuleSettings) => ({ baseUrl: s.baseUrl, paths: s.paths, esm: s.esmExtensions });

describe('module settings kept between runs', () => {
  let tmpdir: jest.SpyInstance;
  beforeEach(() => {
    // os.tmpdir() is Node's own, outside jest's sandboxed process.env: point it at a fresh folder.
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'remediate-tsconfig-cache-test-'));
    tmpdir = jest.spyOn(require('node:os') as typeof os, 'tmpdir').mockReturnValue(tmp);
  });
  afterEach(() => {
    tmpdir.mockRestore();
    delete process.env.REMEDIATE_CACHE;
  });
  const entries = () => (fs.existsSync(keptDir('tsconfig')) ? fs.readdirSync(keptDir('tsconfig')) : []);

  it('gives what TypeScript makes, again after any file of the extends chain changes', () => {
    const root = writeTree({
      'tsconfig.json': JSON.stringify({ extends: './config/base.json', compilerOptions: { baseUrl: 'src' } }),
      'config/base.json': JSON.stringify({ compilerOptions: { paths: { '@a/*': ['a/*'] } } }),
    });
    const first = view(readModuleSettings(root, read));
    expect(first).toEqual({ baseUrl: 'src', paths: [{ pattern: '@a/*', targets: ['src/a/*'] }], esm: false });
    expect(entries()).toHaveLength(1);
    expect(view(readModuleSettings(root, read))).toEqual(first);
    fs.writeFileSync(path.join(root, 'config/base.json'), JSON.stringify({ compilerOptions: { module: 'nodenext', paths: { '@b/*': ['b/*'] } } }));
    expect(view(readModuleSettings(root, read))).toEqual({ baseUrl: 'src', paths: [{ pattern: '@b/*', targets: ['src/b/*'] }], esm: true });
  });

  it('notices a tsconfig that appears where there was none', () => {
    const root = writeTree({ 'src/a.ts': '' });
    expect(view(readModuleSettings(root, read))).toEqual({ baseUrl: undefined, paths: [], esm: false });
    fs.writeFileSync(path.join(root, 'tsconfig.json'), JSON.stringify({ compilerOptions: { baseUrl: '.' } }));
    expect(view(readModuleSettings(root, read)).baseUrl).toBe('');
  });

  it('uses a kept entry whose files all still read the same, and ignores an unreadable one', () => {
    const root = writeTree({ 'tsconfig.json': JSON.stringify({ compilerOptions: { baseUrl: 'src' } }) });
    readModuleSettings(root, read);
    const [entry] = entries();
    const file = path.join(keptDir('tsconfig'), entry);
    const kept = v8.deserialize(fs.readFileSync(file)) as { reads: unknown; settings: ModuleSettings };
    fs.writeFileSync(file, v8.serialize({ ...kept, settings: { ...kept.settings, baseUrl: 'from-the-cache' } }));
    expect(readModuleSettings(root, read).baseUrl).toBe('from-the-cache');
    fs.writeFileSync(file, 'not a kept value');
    expect(readModuleSettings(root, read).baseUrl).toBe('src');
  });

  it('keeps nothing for a tsconfig that does not parse, nor with REMEDIATE_CACHE=0', () => {
    const bad = writeTree({ 'tsconfig.json': '{ "compilerOptions": ' });
    expect(() => readModuleSettings(bad, read)).toThrow(/cannot read .*tsconfig\.json/);
    process.env.REMEDIATE_CACHE = '0';
    readModuleSettings(writeTree({ 'tsconfig.json': '{}' }), read);
    expect(entries()).toEqual([]);
  });
});
