import type { BarrelSpec } from '../../codemod/barrel';
import { barrelFileOf, filesIn, generateBarrel, type GeneratedBarrel } from '../../codemod/barrel-language';
import { StateError } from '../../errors';
import type { Plan } from '../../plan/types';
import { lexImports } from '../../workspace/lexer';
import type { RelPath } from '../../workspace/paths';
import type { Finding, TreeRule } from '../types';

/**
 * A barrel must read exactly as the plan's barrel step would generate it now (check-only: CI sees a
 * stale barrel without regenerating it). `barrels` lists the folders to check; an empty list means
 * every folder a barrel step of the plan names. A folder's generation settings (layers, include,
 * exclude) are those of the last barrel step naming it; a listed folder no step names gets all its modules.
 */
export const barrelStaleRule: TreeRule<'BARREL_STALE'> = {
  id: 'BARREL_STALE',
  scope: 'tree',
  description: "A folder's barrel (index.ts, or a Python package's __init__.py) must match what the barrel step generates (exports added, stale ones removed).",
  check(ctx, { barrels }) {
    const src = { overlay: ctx.ws.overlay, settings: ctx.ws.settings, resolver: ctx.index.resolver, layerOf: ctx.layerOf, layers: ctx.plan.layers };
    const out: Finding[] = [];
    for (const spec of barrelSpecs(ctx.plan, barrels)) {
      if (!ctx.ws.overlay.isDir(spec.dir)) continue;
      let barrel: GeneratedBarrel;
      try {
        barrel = generateBarrel(src, spec);
      } catch (err) {
        if (!(err instanceof StateError)) throw err;
        out.push({ file: barrelFileOf(spec.dir, filesIn(ctx.ws.overlay.files(), spec.dir)), line: 1, column: 1, message: `barrel cannot be generated: ${err.message}` });
        continue;
      }
      const { file, text: expected } = barrel;
      const current = ctx.ws.overlay.exists(file) ? ctx.ws.overlay.read(file) : undefined;
      if (current === expected) continue;
      const exportsOf = barrel.language === 'python' ? (require('../../codemod/python/barrel-imports') as typeof import('../../codemod/python/barrel-imports')).barrelImports : tsBarrelExports;
      const message = current === undefined ? `barrel missing: ${file} does not exist` : `barrel is stale: ${drift(exportsOf(current), exportsOf(expected))}`;
      out.push({ file, line: current === undefined ? 1 : firstDifferentLine(current, expected), column: 1, message });
    }
    return out;
  },
};

/** The folders to check, each with the settings of the last barrel step naming it. */
function barrelSpecs(plan: Plan, barrels: RelPath[]): BarrelSpec[] {
  const last = new Map<RelPath, BarrelSpec>();
  for (const step of plan.phases.flatMap((p) => p.steps)) if (step.kind === 'barrel' && step.deferred === undefined) last.set(step.dir, step);
  return barrels.length ? barrels.map((dir) => last.get(dir) ?? { dir }) : [...last.values()];
}

/** The names an index.ts re-exports from each module, keyed by specifier, sorted and joined. */
function tsBarrelExports(text: string): Map<string, string> {
  return new Map(lexImports(text).filter((r) => r.kind === 'export').map((r) => [r.specifier, (r.names ?? []).map((n) => n.name).sort().join(',')]));
}

/** What differs, by re-exported module: missing, stale (no longer generated) or with other names. */
function drift(now: Map<string, string>, want: Map<string, string>): string {
  const missing = [...want.keys()].filter((s) => !now.has(s));
  const stale = [...now.keys()].filter((s) => !want.has(s));
  const changed = [...want.keys()].filter((s) => now.has(s) && now.get(s) !== want.get(s));
  const parts = [list('missing', missing), list('stale', stale), list('names differ for', changed)].filter(Boolean);
  return `${parts.length ? parts.join('; ') : 'header, order or layout differs'} (regenerate it with the barrel step)`;
}

function list(label: string, specs: string[]): string {
  return specs.length ? `${label} ${specs.join(', ')}` : '';
}

function firstDifferentLine(a: string, b: string): number {
  const [x, y] = [a.split('\n'), b.split('\n')];
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return i + 1;
}
