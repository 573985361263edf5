import * as fs from 'fs';
import * as path from 'path';
import { ImportPlanner } from './corpus/imports';
import { buildLayout } from './corpus/layout';
import { Random } from './corpus/random';
import { renderModule, renderPlan, renderTsconfig } from './corpus/render';
import { PlantedViolations, plantViolations } from './corpus/violations';
import { corpusHome } from './paths';

/** Bump whenever the generated text changes, so stale corpora are regenerated. */
export const GENERATOR_VERSION = 1;
const MARKER = '.bench-corpus.json';

export interface GenerateOptions {
  readonly files: number;
  readonly seed?: number;
  /** Defaults to `bench/.corpus/<files>`. */
  readonly dir?: string;
}

/** What was generated (or found): where, how big, and what violations it carries. */
export interface GeneratedTree {
  readonly dir: string;
  readonly files: number;
  readonly seed: number;
  readonly generatorVersion: number;
  readonly imports: number;
  readonly planted: PlantedViolations;
  /** Root-relative folder the move-folder phase moves. */
  readonly hubFolder: string;
  readonly reused: boolean;
}

/** Writes (or reuses) a deterministic layered TypeScript tree of `files` .ts files plus its remediate.yaml. */
export function generateTree(options: GenerateOptions): GeneratedTree {
  const seed = options.seed ?? 42;
  const dir = path.resolve(options.dir ?? path.join(corpusHome(), String(options.files)));
  const existing = readMarker(dir);
  if (existing && existing.files === options.files && existing.seed === seed
      && existing.generatorVersion === GENERATOR_VERSION) {
    return { ...existing, dir, reused: true };
  }
  fs.rmSync(dir, { recursive: true, force: true });
  const rng = new Random(seed);
  const layout = buildLayout(options.files, rng);
  const planner = new ImportPlanner(layout, rng);
  planner.planClean();
  const planted = plantViolations(layout, planner, rng, options.files);
  const made = new Set<string>();
  let imports = 0;
  for (const m of layout.modules) {
    const file = path.join(dir, m.path);
    const folder = path.dirname(file);
    if (!made.has(folder)) {
      fs.mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    imports += planner.imports(m).length;
    fs.writeFileSync(file, renderModule(m, planner.imports(m)));
  }
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), renderTsconfig());
  fs.writeFileSync(path.join(dir, 'remediate.yaml'), renderPlan(layout, options.files));
  const tree: GeneratedTree = {
    dir, files: layout.modules.length, seed, generatorVersion: GENERATOR_VERSION, imports, planted,
    hubFolder: path.posix.dirname(layout.hub.folders.schemas[0].path), reused: false,
  };
  fs.writeFileSync(path.join(dir, MARKER), JSON.stringify({ ...tree, dir: undefined, reused: undefined }, null, 2));
  return tree;
}

function readMarker(dir: string): Omit<GeneratedTree, 'dir' | 'reused'> | undefined {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, MARKER), 'utf8'));
  } catch {
    return undefined;
  }
}
