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

/** Reads every project and the workspace packages; `listed` is the tree's files (tsconfigs and manifests are picked out). */
export function readTsSettings(root: string, listed: RelPath[], readFile: (abs: string) => string | undefined): TsSettings {
  const projects = new Map<RelPath, TsProject>();
  const queue = ['tsconfig.json', ...listed.filter((f) => CONFIG.test(f))];
  for (let config = queue.shift(); config !== undefined; config = queue.shift()) {
    if (projects.has(config)) continue;
    const project = parseProject(root, config, readFile);
    if (!project) continue;
    projects.set(config, project);
    queue.push(...project.references.filter((r) => !r.startsWith('../')));
  }
  const top = projects.get('tsconfig.json');
  const { options, baseUrl, paths, esmExtensions } = top ?? defaultSettings();
  const all = [...projects.values()];
  return { options, baseUrl, paths, esmExtensions, projects: all, packages: readWorkspacePackages(root, listed, readFile, all) };
}
