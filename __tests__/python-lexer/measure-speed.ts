/**
 * Speed of lexPythonImports against the floor the brief sets: a plain regex over import lines.
 * Run: npx tsc __tests__/python-lexer/measure-speed.ts --outDir /tmp/pyspeed --module commonjs
 *      --target es2022 --types node && node /tmp/pyspeed/__tests__/python-lexer/measure-speed.js [root…]
 * Reads every .py file under the roots (default: the system Python 3.11 library and dist-packages)
 * once, then times each way over the same in-memory texts (best of 10 rounds, taking turns), and both again with the
 * reading included. Times are CPU time (user + system), which the other processes on a shared machine
 * disturb less than wall time.
 */
import * as fs from 'fs';
import * as path from 'path';
import { lexPythonImports } from '../../src/lang/python/imports';

function listPython(dir: string, out: string[]): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && !entry.isSymbolicLink()) listPython(full, out);
    else if (entry.isFile() && entry.name.endsWith('.py')) out.push(full);
  }
  return out;
}

/** Best CPU times of `runs` over `rounds` rounds, the runs taking turns so that load from elsewhere hits each alike. */
function best(rounds: number, runs: (() => number)[]): [number, number][] {
  const out: [number, number][] = runs.map(() => [Infinity, 0]);
  for (let i = 0; i < rounds; i++) {
    runs.forEach((run, k) => {
      const t0 = process.cpuUsage();
      const found = run();
      const used = process.cpuUsage(t0);
      out[k] = [Math.min(out[k][0], (used.user + used.system) / 1000), found];
    });
  }
  return out;
}

const roots = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/usr/lib/python3.11', '/usr/lib/python3/dist-packages'];
const files = roots.flatMap((root) => listPython(root, []));
const texts = files.map((file) => fs.readFileSync(file, 'utf8'));
const megabytes = texts.reduce((n, t) => n + t.length, 0) / 1e6;
const regex = (text: string): number => text.match(/^\s*(from|import)\s.*$/gm)?.length ?? 0;
const lex = (text: string): number => lexPythonImports(text).imports.length;
const report = (label: string, [ms, found]: [number, number]): void =>
  console.log(`${label.padEnd(26)} ${ms.toFixed(1).padStart(8)} ms  ${Math.round((files.length / ms) * 1000).toString().padStart(7)} files/s  (${found} found)`);

console.log(`${files.length} files, ${megabytes.toFixed(1)} M characters`);
for (let i = 0; i < 3; i++) texts.forEach(lex); // warm up the JIT
const [regexOnly, lexOnly] = best(10, [() => texts.reduce((n, t) => n + regex(t), 0), () => texts.reduce((n, t) => n + lex(t), 0)]);
const [regexRead, lexRead] = best(5, [() => files.reduce((n, f) => n + regex(fs.readFileSync(f, 'utf8')), 0), () => files.reduce((n, f) => n + lex(fs.readFileSync(f, 'utf8')), 0)]);
report('regex (in memory)', regexOnly);
report('lexPythonImports (in memory)', lexOnly);
report('read + regex', regexRead);
report('read + lexPythonImports', lexRead);
console.log(`ratio in memory ${(lexOnly[0] / regexOnly[0]).toFixed(2)}x, with reading ${(lexRead[0] / regexRead[0]).toFixed(2)}x`);
