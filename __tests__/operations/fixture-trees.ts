import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { runPhases, type PhaseRun } from '../../src/engine/run-phase';
import { parsePlan } from '../../src/plan/load';
import type { Plan } from '../../src/plan/types';
import { copyTree, readTree } from '../helpers/tree';

export const FIXTURES = path.join(__dirname, '../../__testfixtures__');

/** The case folders of a multi-file fixture set (each with before/, after/ and plan.yaml). */
export function fixtureCases(kind: string): string[] {
  const dir = path.join(FIXTURES, kind);
  return fs.readdirSync(dir).filter((c) => fs.existsSync(path.join(dir, c, 'plan.yaml'))).sort();
}

/** Loads a case's plan.yaml (whose `root: .` is the copy of its before/ tree). */
export function loadCasePlan(caseDir: string, root: string): Plan {
  return parsePlan(path.join(root, 'remediate.yaml'), fs.readFileSync(path.join(caseDir, 'plan.yaml'), 'utf8'));
}

export interface CaseRun {
  root: string;
  first: PhaseRun[];
  second: PhaseRun[];
  /** The tree after the first run, and the expected one (after/, or before/ for a no-op case). */
  actual: Record<string, string>;
  expected: Record<string, string>;
  /** The tree after the second run. */
  again: Record<string, string>;
}

/** Copies before/ to a temp folder, runs every phase of plan.yaml through the engine, then runs it again. */
export function runCase(kind: string, name: string): CaseRun {
  const caseDir = path.join(FIXTURES, kind, name);
  const root = copyTree(path.join(caseDir, 'before'));
  const plan = loadCasePlan(caseDir, root);
  const first = runPhases(plan, plan.phases, { allowDirty: true }).runs;
  const actual = readTree(root, { skipJournal: true });
  const second = runPhases(plan, plan.phases, { allowDirty: true }).runs;
  const again = readTree(root, { skipJournal: true });
  const afterDir = path.join(caseDir, 'after');
  const expected = readTree(fs.existsSync(afterDir) ? afterDir : path.join(caseDir, 'before'));
  return { root, first, second, actual, expected, again };
}

/** Type-checks a project with its own tsconfig.json; returns the diagnostics as `file:line message`. */
export function typeErrors(root: string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(path.join(root, 'tsconfig.json'), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  });
  if (!config) throw new Error(`no tsconfig.json in ${root}`);
  const options = { ...config.options, noEmit: true };
  const program = ts.createProgram({ rootNames: config.fileNames, options, host: libCachingHost(options) });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file ? `${path.relative(root, d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}` : '';
    return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
  });
}

const libFiles = new Map<string, ts.SourceFile>();

/** A compiler host that parses TypeScript's own lib files once per test file, not once per program. */
function libCachingHost(options: ts.CompilerOptions): ts.CompilerHost {
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  const libDir = path.dirname(ts.getDefaultLibFilePath(options));
  host.getSourceFile = (fileName, language, onError, create) => {
    if (path.dirname(fileName) !== libDir) return read(fileName, language, onError, create);
    const key = `${fileName}\0${typeof language === 'object' ? language.languageVersion : language}`;
    let sf = libFiles.get(key);
    if (!sf) {
      sf = read(fileName, language, onError, create);
      if (sf) libFiles.set(key, sf);
    }
    return sf;
  };
  return host;
}
