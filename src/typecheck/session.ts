import { performance } from 'node:perf_hooks';
import type ts from 'typescript';
import type { Overlay } from '../workspace/overlay';
import type { RelPath } from '../workspace/paths';
import { tsc } from '../workspace/typescript';
import type { Workspace } from '../workspace/workspace';
import { toTypeDiagnostic, type TypeDiagnostic } from './diagnostic';
import { overlayHost, stagedReader } from './overlay-host';
import { SourceCache } from './source-cache';
import { StagedConfigs } from './staged-config';

/** The diagnostics of one staged tree, and what computing them took. */
export interface TypeCheck {
  diagnostics: TypeDiagnostic[];
  ms: number;
}

/** What a project keeps between checks: its parsed files and its last builder (program plus diagnostics). */
interface ProjectState {
  cache: SourceCache;
  builder?: ts.SemanticDiagnosticsBuilderProgram;
}

/** A checked project of one tree: its tsconfig (root-relative, '' for none) and parsed command line. */
interface StagedProject {
  config: RelPath;
  parsed: ts.ParsedCommandLine;
}

const TS_SOURCE = /\.(c|m)?tsx?$/;

/**
 * Type-checks staged trees of one code base, one TypeScript program per project (tsconfig). Each check
 * builds its programs on the previous ones (`oldProgram`, the same SourceFile for a file of unchanged
 * path and text) through TypeScript's semantic-diagnostics builder, so a second check re-checks only
 * the files a phase changed and those whose dependencies' declarations changed.
 */
export class TypeCheckSession {
  private readonly states = new Map<RelPath, ProjectState>();

  /** The syntactic, semantic, global, options and tsconfig diagnostics of every project of the staged tree. */
  check(ws: Workspace): TypeCheck {
    const start = performance.now();
    const overlay = ws.overlay;
    const configs = new StagedConfigs(overlay, stagedReader(overlay));
    const projects = stagedProjects(ws, configs);
    const owners = ownersOf(projects);
    const diagnostics = projects.flatMap((p) => this.checkProject(overlay, p, configs, owners));
    return { diagnostics, ms: Math.round(performance.now() - start) };
  }

  private checkProject(overlay: Overlay, project: StagedProject, configs: StagedConfigs, owners: Map<string, Set<RelPath>>): TypeDiagnostic[] {
    const { config, parsed } = project;
    let state = this.states.get(config);
    if (!state) this.states.set(config, (state = { cache: new SourceCache() }));
    const host = overlayHost(overlay, parsed.options, state.cache, (abs) => configs.parse(abs));
    const builder = tsc.createSemanticDiagnosticsBuilderProgram(parsed.fileNames, parsed.options, host, state.builder, parsed.errors, parsed.projectReferences);
    state.builder = builder;
    const program = builder.getProgram();
    const found: ts.Diagnostic[] = [...builder.getConfigFileParsingDiagnostics(), ...builder.getOptionsDiagnostics(), ...builder.getGlobalDiagnostics()];
    for (const file of program.getSourceFiles()) {
      if (!ownedBy(program, file, config, owners, overlay.root)) continue;
      found.push(...builder.getSyntacticDiagnostics(file), ...builder.getSemanticDiagnostics(file));
    }
    return found.map((d) => toTypeDiagnostic(d, overlay.root, config));
  }
}

/**
 * Every project of the code base that has files (a solution tsconfig of references alone has none; its
 * references are projects of their own). A code base without a tsconfig is checked as `tsc` checks a
 * list of files: its TypeScript files with TypeScript's default options.
 */
function stagedProjects(ws: Workspace, configs: StagedConfigs): StagedProject[] {
  const projects = ws.settings.projects;
  if (projects.length === 0) {
    const fileNames = ws.overlay.files().filter((f) => TS_SOURCE.test(f)).map((f) => `${ws.root}/${f}`);
    return fileNames.length ? [{ config: '', parsed: { options: {}, fileNames, errors: [] } }] : [];
  }
  return projects.flatMap(({ config }) => {
    const parsed = configs.parse(`${ws.root}/${config}`);
    return parsed && (parsed.fileNames.length > 0 || parsed.errors.length > 0) ? [{ config, parsed }] : [];
  });
}

/** Which projects list each file among their own (a file of a referenced project is checked by that project). */
function ownersOf(projects: StagedProject[]): Map<string, Set<RelPath>> {
  const owners = new Map<string, Set<RelPath>>();
  for (const { config, parsed } of projects) {
    for (const f of parsed.fileNames) {
      const set = owners.get(f) ?? new Set<RelPath>();
      owners.set(f, set.add(config));
    }
  }
  return owners;
}

/** A file the project answers for: one of its own, or one of the code base no project lists that it imports. */
function ownedBy(program: ts.Program, file: ts.SourceFile, config: RelPath, owners: Map<string, Set<RelPath>>, root: string): boolean {
  if (program.isSourceFileDefaultLibrary(file) || program.isSourceFileFromExternalLibrary(file)) return false;
  const owner = owners.get(file.fileName);
  if (owner !== undefined) return owner.has(config);
  return file.fileName.startsWith(`${root}/`) && !file.fileName.includes('/node_modules/');
}
