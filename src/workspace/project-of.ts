import { dirOf, type RelPath } from './paths';
import type { ModuleSettings, TsProject } from './tsconfig';
import type { TsSettings } from './ts-projects';

/**
 * The settings of the project that owns `file`, as `tsc -b` and editors find it: walking up from the
 * file's folder, the first tsconfig whose file set includes it (a folder's `tsconfig.json` first);
 * a file no tsconfig includes takes the nearest `tsconfig.json`'s settings, else the root's. With one
 * tsconfig at the root (or none), that is `settings` itself for every file, asked nothing.
 */
export function projectOf(settings: ModuleSettings, file: RelPath): ModuleSettings {
  const projects = (settings as Partial<TsSettings>).projects;
  if (projects === undefined || projects.length === 0 || (projects.length === 1 && projects[0].config === 'tsconfig.json')) return settings;
  return ownership(settings as TsSettings).of(file);
}

/** True when some tsconfig's file set includes `file` (every file, when the code base has no tsconfig). */
export function inSomeFileSet(settings: ModuleSettings, file: RelPath): boolean {
  const projects = (settings as Partial<TsSettings>).projects;
  if (projects === undefined || projects.length === 0) return true;
  return ownership(settings as TsSettings).included(file) !== undefined;
}

const owners = new WeakMap<TsSettings, Ownership>();

function ownership(settings: TsSettings): Ownership {
  let o = owners.get(settings);
  if (!o) owners.set(settings, (o = new Ownership(settings)));
  return o;
}

/** Which project owns each file, asked once per file. */
class Ownership {
  /** Projects by the folder of their tsconfig, `tsconfig.json` first. */
  private readonly byDir = new Map<RelPath, { project: TsProject; includes: (file: RelPath) => boolean }[]>();
  private readonly owner = new Map<RelPath, ModuleSettings>();

  constructor(private readonly settings: TsSettings) {
    for (const project of settings.projects) {
      const dir = dirOf(project.config);
      const list = this.byDir.get(dir) ?? [];
      const entry = { project, includes: fileSetTest(project, rootOf(project)) };
      if (/(^|\/)tsconfig\.json$/.test(project.config)) list.unshift(entry);
      else list.push(entry);
      this.byDir.set(dir, list);
    }
  }

  of(file: RelPath): ModuleSettings {
    let settings = this.owner.get(file);
    if (settings === undefined) {
      settings = this.included(file) ?? this.nearest(file) ?? this.settings;
      this.owner.set(file, settings);
    }
    return settings;
  }

  /** The nearest project whose file set includes `file`. */
  included(file: RelPath): TsProject | undefined {
    for (let dir = dirOf(file); ; dir = dirOf(dir)) {
      for (const { project, includes } of this.byDir.get(dir) ?? []) if (includes(file)) return project;
      if (dir === '') return undefined;
    }
  }

  private nearest(file: RelPath): TsProject | undefined {
    for (let dir = dirOf(file); ; dir = dirOf(dir)) {
      const first = this.byDir.get(dir)?.[0];
      if (first && /(^|\/)tsconfig\.json$/.test(first.project.config)) return first.project;
      if (dir === '') return undefined;
    }
  }
}

/** The absolute root a project's patterns were made under (they are TypeScript's, over absolute paths). */
function rootOf(project: TsProject): string {
  const abs = (project.options as { configFilePath?: string }).configFilePath ?? '';
  return abs.slice(0, abs.length - project.config.length - 1);
}

/** Whether a tsconfig's file set takes a file: listed in `files`, or matched by `include`, not `exclude`, with an extension it takes. */
function fileSetTest(project: TsProject, root: string): (file: RelPath) => boolean {
  const { files, include, exclude, extensions } = project.fileSet;
  const listed = new Set(files);
  const inc = include === undefined ? undefined : new RegExp(include);
  const exc = exclude === undefined ? undefined : new RegExp(exclude);
  return (file) => {
    if (listed.has(file)) return true;
    if (inc === undefined || !extensions.some((e) => file.endsWith(e))) return false;
    const abs = `${root}/${file}`;
    return inc.test(abs) && !(exc !== undefined && exc.test(abs));
  };
}
