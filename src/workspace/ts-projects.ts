import { StateError } from '../errors';
import { defaultSettings, parseProject, type ModuleSettings, type TsProject } from './tsconfig';
import { readWorkspacePackages, type WorkspacePackage } from './workspace-packages';
import type { RelPath } from './paths';

/**
 * TypeScript's settings of a code base: the root tsconfig's (what code that asks about no file in
 * particular uses, and every file's in a code base of one tsconfig), every project of the code base
 * (the root's, each `tsconfig.json` of the tree, each one referenced), and the workspace packages.
 */
export interface TsSettings extends ModuleSettings {
  /** Every tsconfig of the code base, the root's first when there is one. */
  projects: TsProject[];
  /** The packages of an npm/yarn/pnpm workspace, importable by name from each other. */
  packages: WorkspacePackage[];
}

const CONFIG = /(^|\/)tsconfig\.json$/;

/**
 * Reads every project and the workspace packages; `listed` is the tree's files (tsconfigs and
 * manifests are picked out). The root tsconfig and every referenced one must parse (a StateError
 * names the file); a nested `tsconfig.json` nothing references that does not parse (a test
 * fixture's, say) is no project.
 */
export function readTsSettings(root: string, listed: RelPath[], readFile: (abs: string) => string | undefined): TsSettings {
  const projects = new Map<RelPath, TsProject>();
  const queue: { config: RelPath; required: boolean }[] = [{ config: 'tsconfig.json', required: true }];
  for (const f of listed) if (CONFIG.test(f) && f !== 'tsconfig.json') queue.push({ config: f, required: false });
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    if (projects.has(next.config)) continue;
    const project = parseOptional(root, next.config, readFile, next.required);
    if (!project) continue;
    projects.set(next.config, project);
    for (const r of project.references) if (!r.startsWith('../')) queue.push({ config: r, required: true });
  }
  const top = projects.get('tsconfig.json');
  const { options, baseUrl, paths, esmExtensions } = top ?? defaultSettings();
  const all = [...projects.values()];
  return { options, baseUrl, paths, esmExtensions, projects: all, packages: readWorkspacePackages(root, listed, readFile, all) };
}

function parseOptional(root: string, config: RelPath, readFile: (abs: string) => string | undefined, required: boolean): TsProject | undefined {
  try {
    return parseProject(root, config, readFile);
  } catch (err) {
    if (required || !(err instanceof StateError)) throw err;
    return undefined;
  }
}
