import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { lexPythonImports } from '../../src/lang/python/imports';
import { PyScanner, PyTok } from '../../src/lang/python/scanner';
import { seededRandom as prng } from '../helpers/prng';
import { generateProgram } from './generate';
import { differences, renderLexed, runOracle, sortByPosition } from './records';

/** Every .py file of the system's Python 3.11 library, then Debian's dist-packages, up to the cap. */
function corpus(cap: number): string[] {
  const files: string[] = [];
  for (const root of ['/usr/lib/python3.11', '/usr/lib/python3/dist-packages']) {
    if (fs.existsSync(root)) files.push(...listPython(root).sort());
  }
  return files.slice(0, cap);
}

function listPython(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && !entry.isSymbolicLink()) out.push(...listPython(full));
    else if (entry.isFile() && entry.name.endsWith('.py')) out.push(full);
  }
  return out;
}

/** Compares the lexer with the oracle over named texts; returns the differences and what was compared. */
function compare(named: [string, string][]): { diffs: string[]; compared: number; skipped: string[]; records: number } {
  const answers = runOracle(named.map(([, text]) => text));
  const diffs: string[] = [];
  const skipped: string[] = [];
  let [compared, records] = [0, 0];
  named.forEach(([name, text], i) => {
    const answer = answers[i];
    if ('skip' in answer) return void skipped.push(`${name}: ${answer.skip}`);
    compared++;
    records += answer.records.length;
    diffs.push(...differences(name, renderLexed(text, lexPythonImports(text)), sortByPosition(answer.records)));
  });
  return { diffs, compared, skipped, records };
}

describe('lexPythonImports agrees with Python’s ast', () => {
  it('over the system Python library (up to 1500 files)', () => {
    const files = corpus(1500);
    const named = files.flatMap((file): [string, string][] => {
      const bytes = fs.readFileSync(file);
      const text = bytes.toString('utf8');
      // Files in another encoding (a coding cookie) are not what the lexer reads: leave them out.
      return Buffer.from(text, 'utf8').equals(bytes) ? [[file, text]] : [];
    });
    const { diffs, compared, skipped, records } = compare(named);
    console.log(`stdlib: ${files.length} files, ${named.length} UTF-8, ${compared} compared (${records} records), ${skipped.length} not parsed by ast:\n${skipped.join('\n')}`);
    expect(compared).toBeGreaterThan(600);
    expect(diffs).toEqual([]);
  });

  it('over 500 generated programs full of traps', () => {
    const named: [string, string][] = [];
    for (let seed = 1; seed <= 500; seed++) named.push([`generated#${seed}`, generateProgram(prng(seed))]);
    const { diffs, compared, skipped, records } = compare(named);
    console.log(`generated: ${compared} compared (${records} records)`);
    expect(skipped).toEqual([]);
    expect(diffs.slice(0, 50)).toEqual([]);
  });
});

describe('PyScanner’s strings agree with Python’s tokenize', () => {
  it('over the first 400 files of the system Python library', () => {
    const named = corpus(400).map((file): [string, string] => [file, fs.readFileSync(file, 'utf8')]);
    const { diffs, compared, strings } = compareStringSpans(named);
    expect(compared).toBeGreaterThan(350);
    expect(strings).toBeGreaterThan(10000);
    expect(diffs).toEqual([]);
  });

  it('over the 500 generated programs', () => {
    const named: [string, string][] = [];
    for (let seed = 1; seed <= 500; seed++) named.push([`generated#${seed}`, generateProgram(prng(seed))]);
    const { diffs, compared } = compareStringSpans(named);
    expect(compared).toBeGreaterThan(300);
    expect(diffs).toEqual([]);
  });
});

/**
 * The scanner's String token spans against tokenize's STRING tokens. Left out: texts with a BOM, and
 * texts with lone CR line ends, where tokenize.py (unlike the compiler, which the ast test follows)
 * does not take a backslash before CR as a continuation inside a string.
 */
function compareStringSpans(all: [string, string][]): { diffs: string[]; compared: number; strings: number } {
  const named = all.filter(([, text]) => text.charCodeAt(0) !== 0xfeff && !/\r(?!\n)/.test(text));
  const run = spawnSync('python3', [path.join(__dirname, 'string-spans.py')], { input: JSON.stringify(named.map(([, t]) => t)), maxBuffer: 1 << 30, encoding: 'utf8' });
  const answers = JSON.parse(run.stdout) as ({ spans: [number, number][] } | { skip: string })[];
  const diffs: string[] = [];
  let [compared, strings] = [0, 0];
  const scanner = new PyScanner();
  named.forEach(([name, text], i) => {
    const answer = answers[i];
    if ('skip' in answer) return;
    compared++;
    scanner.setText(text);
    const spans: [number, number][] = [];
    for (scanner.next(); scanner.kind !== PyTok.EOF; scanner.next()) if (scanner.kind === PyTok.String) spans.push([scanner.start, scanner.end]);
    strings += spans.length;
    if (JSON.stringify(spans) !== JSON.stringify(answer.spans)) diffs.push(`${name}: ${firstDifference(spans, answer.spans)}`);
  });
  return { diffs, compared, strings };
}

function firstDifference(ours: [number, number][], theirs: [number, number][]): string {
  const i = ours.findIndex((span, k) => theirs[k] === undefined || span[0] !== theirs[k][0] || span[1] !== theirs[k][1]);
  const k = i < 0 ? ours.length : i;
  return `string ${k}: scanner ${JSON.stringify(ours[k])}, tokenize ${JSON.stringify(theirs[k])}`;
}
