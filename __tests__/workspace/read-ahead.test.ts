import * as fs from 'node:fs';
import * as path from 'node:path';
import { assertBuilt } from '../helpers/child';
import { writeTree } from '../helpers/tree';

// The reader thread runs from the built JavaScript (a worker cannot load the TypeScript sources), so
// these tests use dist/. Whatever the interleaving of the two threads, each file's text is handed
// over exactly once and equals what is on disk.

type ReadAheadClass = typeof import('../../src/workspace/read-ahead').ReadAhead;

function load(): ReadAheadClass {
  assertBuilt();
  return (require(path.join(__dirname, '../../dist/src/workspace/read-ahead')) as { ReadAhead: ReadAheadClass }).ReadAhead;
}

function tree(n: number): { root: string; files: string[] } {
  const files = Array.from({ length: n }, (_, i) => `src/d${i % 7}/f${String(i).padStart(4, '0')}.ts`).sort();
  const root = writeTree(Object.fromEntries(files.map((f, i) => [f, `export const v${i} = ${i};\n`.repeat(1 + (i % 5))])));
  return { root, files };
}

describe('ReadAhead', () => {
  it('hands over every file in order, as on disk, once', () => {
    const ReadAhead = load();
    const { root, files } = tree(600);
    const ahead = new ReadAhead(root, files);
    for (const f of files) expect(ahead.take(f)).toBe(fs.readFileSync(path.join(root, f), 'utf8'));
    expect(ahead.take(files[0])).toBeUndefined();
    expect(ahead.take('src/not-listed.ts')).toBeUndefined();
  });

  it('hands over files asked for out of order, after a wait, and skipped ones', async () => {
    const ReadAhead = load();
    const { root, files } = tree(600);
    const ahead = new ReadAhead(root, files);
    const text = (f: string) => fs.readFileSync(path.join(root, f), 'utf8');
    expect(ahead.take(files[400])).toBe(text(files[400]));
    await new Promise((done) => setTimeout(done, 100));
    const order = [...files.slice(401).reverse(), ...files.slice(0, 400)];
    for (const f of order) expect(ahead.take(f)).toBe(text(f));
  });

  it('a file that is gone when the reader comes to it fails here, with the usual error', () => {
    const ReadAhead = load();
    const { root, files } = tree(300);
    fs.rmSync(path.join(root, files[250]));
    const ahead = new ReadAhead(root, files);
    for (const f of files.slice(0, 250)) ahead.take(f);
    expect(() => ahead.take(files[250])).toThrow(/ENOENT/);
    expect(ahead.take(files[251])).toBe(fs.readFileSync(path.join(root, files[251]), 'utf8'));
  });
});
