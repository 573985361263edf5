import { spawnSync } from 'child_process';
import * as path from 'path';

/** What CPython's symtable says about one top-level statement (see oracle/free_names.py). */
export interface OracleStatement { line: number; uses: string[]; annotationOnly: string[] }
/** The oracle's answer for one file; `error` names the Python exception when it could not analyse it. */
export interface OracleFile { path: string; error?: string; moduleNames?: string[]; statements?: OracleStatement[] }

/** Runs the python3 oracle once over all the files (one process keeps the run within seconds). */
export function runOracle(files: readonly string[]): OracleFile[] {
  const script = path.join(__dirname, 'oracle', 'free_names.py');
  const result = spawnSync('python3', [script], { input: JSON.stringify(files), encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`oracle failed: ${result.stderr}`);
  return result.stdout.trim().split('\n').map((line) => JSON.parse(line) as OracleFile);
}

/** The directory of the standard library of the python3 on PATH. */
export function stdlibDirectory(): string {
  const result = spawnSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: 'utf8' });
  return result.stdout.trim();
}
