import * as fs from 'fs';
import * as path from 'path';
import { Random } from '../corpus/random';
import { corpusHome } from '../paths';
import { PyImportPlanner } from './corpus/imports';
import { buildPyLayout, PyLayout, PyModule } from './corpus/layout';
import { PlantedViolation, renderPyModule } from './corpus/render';
import { hubMove, renderInit, renderLegacy, renderPyPlan, renderPyrightConfig, renderVendor } from './corpus/support';
import { plantPyViolations } from './corpus/violations';

/** Bump whenever the generated text changes, so stale corpora are regenerated. */
export const PY_GENERATOR_VERSION = 1;
const MARKER = '.bench-corpus.json';
export const PY_PLAN = 'remediate.yaml';

/** What was generated (or found), with every violation it planted (rule, root-relative file, 1-based line). */
export interface GeneratedPyTree {
  readonly dir: string;
  readonly files: number;
  readonly seed: number;
  readonly generatorVersion: number;
  readonly imports: number;
  readonly planted: PlantedViolation[];
  /** Root-relative package folder the move-package phase moves, and its destination package (rope's) and new path (remediate's). */
  readonly hubFolder: string;
  readonly moveDest: string;
  readonly moveTo: string;
  /** Files outside the hub package that import it. */
  readonly hubImporters: number;
  readonly reused: boolean;
}

/** Writes (or reuses) a deterministic layered Python tree of `files` `.py` files plus its plan and pyrightconfig.json. */
export function generatePyTree(options: { files: number; seed?: number; dir?: string }): GeneratedPyTree {
  const seed = options.seed ?? 42;
  const dir = path.resolve(options.dir ?? path.join(corpusHome(), `py-${options.files}`));
  const existing = readMarker(dir);
  if (existing && existing.files === options.files && existing.seed === seed && existing.generatorVersion === PY_GENERATOR_VERSION) {
    return { ...existing, dir, reused: true };
  }
  fs.rmSync(dir, { recursive: true, force: true });
  const rng = new Random(seed);
  const layout = buildPyLayout(options.files, rng);
  const planner = new PyImportPlanner(layout, rng, layout.modules.filter((m) => m.kind === 'vendor'));
  planner.planClean();
  plantPyViolations(layout, planner, rng, options.files);
  const planted: PlantedViolation[] = [];
  const texts = renderAll(layout, planner, planted);
  const made = new Set<string>();
  for (const [rel, text] of texts) {
    const folder = path.dirname(path.join(dir, rel));
    if (!made.has(folder)) {
      fs.mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    fs.writeFileSync(path.join(dir, rel), text);
  }
  fs.writeFileSync(path.join(dir, PY_PLAN), renderPyPlan(layout, options.files));
  fs.writeFileSync(path.join(dir, 'pyrightconfig.json'), renderPyrightConfig());
  const move = hubMove(layout);
  const imports = layout.modules.reduce((n, m) => n + planner.imports(m).length, 0);
  const tree: GeneratedPyTree = {
    dir, files: layout.modules.length, seed, generatorVersion: PY_GENERATOR_VERSION, imports, planted,
    hubFolder: move.from, moveDest: path.posix.dirname(move.to), moveTo: move.to, hubImporters: hubImporters(layout, planner, move.from), reused: false,
  };
  fs.writeFileSync(path.join(dir, MARKER), JSON.stringify({ ...tree, dir: undefined, reused: undefined }));
  return tree;
}

/** Every file's text by root-relative path, in layout order. */
function renderAll(layout: PyLayout, planner: PyImportPlanner, planted: PlantedViolation[]): Map<string, string> {
  const children = new Map<string, PyModule[]>();
  for (const m of layout.modules) {
    if (m.kind === 'package' || m.kind === 'vendor' || m.kind.startsWith('legacy')) continue;
    const folder = path.posix.dirname(m.path);
    children.set(folder, [...(children.get(folder) ?? []), m]);
  }
  const texts = new Map<string, string>();
  for (const m of layout.modules) {
    const folder = path.posix.dirname(m.path);
    const layerFolder = /\/(schemas|engines|drivers|facades)$/.test(folder);
    if (m.kind === 'package') texts.set(m.path, renderInit(m, layerFolder ? children.get(folder) ?? [] : []));
    else if (m.kind === 'vendor') texts.set(m.path, renderVendor(m));
    else if (m.kind.startsWith('legacy')) texts.set(m.path, renderLegacy(m));
    else texts.set(m.path, renderPyModule(m, planner.imports(m), planner.headers.get(m.id), planted));
  }
  return texts;
}

function hubImporters(layout: PyLayout, planner: PyImportPlanner, hub: string): number {
  const inHub = (p: string) => p.startsWith(hub + '/');
  return layout.modules.filter((m) => !inHub(m.path) && planner.imports(m).some((i) => i.target && inHub(i.target.path))).length;
}

function readMarker(dir: string): Omit<GeneratedPyTree, 'dir' | 'reused'> | undefined {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, MARKER), 'utf8'));
  } catch {
    return undefined;
  }
}
