import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadPythonParser, pythonSyntaxError } from '../../src/lang/python/parser';

// CPython's own standard library, read where python3 keeps it: real code in every style of the language.
const STDLIB = spawnSync('python3', ['-c', 'import sysconfig; print(sysconfig.get_paths()["stdlib"])'], { encoding: 'utf8' }).stdout.trim();
const FILES = readdirSync(STDLIB).filter((f) => f.endsWith('.py')).sort().slice(0, 40).map((f) => readFileSync(path.join(STDLIB, f), 'utf8'));
// What CPython's compiler (not its parser) refuses; a syntax tree cannot tell these.
const COMPILER_ONLY = /argument follows|unicode error|leading zeros|non-default argument|duplicate argument|cannot assign|'return' outside|'break' outside|'continue' outside|'await' outside|'yield' outside|nonlocal|global|cannot delete|assignment expression/;

beforeAll(() => loadPythonParser());

describe('pythonSyntaxError against CPython', () => {
  it('finds no error in the standard library', () => {
    expect(FILES.map(pythonSyntaxError).filter(Boolean)).toEqual([]);
  });

  it('agrees with compile() on mutated standard-library files, save for what only the compiler checks', () => {
    const cases = mutations(FILES);
    const run = spawnSync('python3', [path.join(__dirname, 'cpython-verdicts.py')], { input: JSON.stringify(cases), encoding: 'utf8', maxBuffer: 1e9 });
    const cpython = JSON.parse(run.stdout) as (string | null)[];
    const disagreements = cases
      .map((text, i) => ({ ours: pythonSyntaxError(text), theirs: cpython[i] }))
      .filter(({ ours, theirs }) => (ours === undefined) !== (theirs === null) && !(ours === undefined && COMPILER_ONLY.test(theirs ?? '')));
    expect(disagreements).toEqual([]);
    expect(cpython.filter((v) => v !== null).length).toBeGreaterThan(cases.length / 2);
  });
});

/** Four edits per file at seeded places: a character dropped, a '(' or ' = ' inserted, a line indented one space. */
function mutations(files: string[]): string[] {
  let seed = 11;
  const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  const cases: string[] = [];
  for (const file of files) {
    for (let k = 0; k < 4; k++) {
      const lines = file.split('\n');
      const i = next(lines.length);
      const line = lines[i];
      const j = next(line.length + 1);
      const edits = [line.slice(0, j) + line.slice(j + 1), `${line.slice(0, j)}(${line.slice(j)}`, `${line.slice(0, j)} = ${line.slice(j)}`, ` ${line}`];
      lines[i] = edits[k];
      cases.push(lines.join('\n'));
    }
  }
  return cases;
}
