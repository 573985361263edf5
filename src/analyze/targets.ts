import picomatch from 'picomatch';
import { headerValue } from '../header/header';
import { dirOf, joinRel, type RelPath } from '../workspace/paths';
import { folderName, type AnalyzeContext } from './context';

/** The seed's folder roles: drivers hold ORM code, schemas data shapes, engines pure logic. */
export const ROLE = { drivers: 'drivers', schemas: 'schemas', engines: 'engines' } as const;
/** The suffix a renamed file takes in each role's folder (`cost_snapshots_schemas.ts`). */
const SUFFIX: Record<string, string> = { drivers: 'driver', schemas: 'schemas', engines: 'engine' };

/** The folder of another role beside the file's folder: `x/drivers/a.ts`, schemas → `x/schemas`. */
export function siblingFolder(file: RelPath, role: string): RelPath {
  return joinRel(dirOf(dirOf(file)), role);
}

/** True for a barrel (index file): barrels are regenerated, never moved or split. */
export function isBarrel(file: RelPath): boolean {
  return /(^|\/)index\.[cm]?[jt]sx?$|(^|\/)__init__\.py$/.test(file);
}

/**
 * The `Layer:` value files of a folder agree on (the most common among those whose header matches
 * the folder's layer), so a moved or new file reads like its neighbours; else `L5 — <layer title>`.
 */
export function layerHeaderFor(ctx: AnalyzeContext, dir: RelPath): string {
  const layer = ctx.layerOf(joinRel(dir, 'x.ts'));
  const counts = new Map<string, number>();
  for (const f of ctx.files) {
    if (dirOf(f) !== dir || isBarrel(f) || ctx.declared(f).join('/') !== layer) continue;
    const v = headerValue(ctx.header(f), 'Layer')!;
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  if (best) return best[0];
  const def = ctx.plan.layers.find((l) => l.id === layer);
  return def ? `${def.id} — ${def.title}` : layer ?? '';
}

/**
 * Names targets so that no two files land on one path and none takes a banned name: a name the plan
 * bans, or one already taken, gets the folder's suffix (`learning_proof_engine.ts`), then a number.
 */
export class TargetNames {
  private readonly taken = new Set<RelPath>();
  private readonly banned: ((p: string) => boolean)[];

  constructor(private readonly ctx: AnalyzeContext) {
    this.banned = (ctx.plan.rules.BANNED_NAMING?.files ?? []).map((g) => picomatch(g, { dot: true }));
  }

  /** Marks a path as used (a file that stays, or a target already named). */
  reserve(p: RelPath): void {
    this.taken.add(p);
  }

  /** A free, allowed path in `dir` for a file called `stem` + `ext`. */
  name(dir: RelPath, stem: string, ext: string): RelPath {
    const suffix = SUFFIX[folderName(joinRel(dir, 'x'))];
    const base = this.isBanned(joinRel(dir, stem + ext)) && suffix ? stem.replace(/_[^_]+$/, '') + `_${suffix}` : stem;
    const candidates = [base, ...(suffix && !base.endsWith(`_${suffix}`) ? [`${base}_${suffix}`] : [])];
    for (let n = 1; ; n++) {
      for (const c of candidates) {
        const p = joinRel(dir, (n === 1 ? c : `${c}_${n}`) + ext);
        if (!this.isTaken(p) && !this.isBanned(p)) return this.claim(p);
      }
    }
  }

  private claim(p: RelPath): RelPath {
    this.taken.add(p);
    return p;
  }

  private isTaken(p: RelPath): boolean {
    return this.taken.has(p) || this.ctx.ws.overlay.exists(p);
  }

  private isBanned(p: RelPath): boolean {
    return this.banned.some((m) => m(p));
  }
}

/** `a/b/name.ts` → { stem: 'name', ext: '.ts' }. */
export function stemOf(file: RelPath): { stem: string; ext: string } {
  const base = file.slice(file.lastIndexOf('/') + 1);
  const dot = base.indexOf('.');
  return dot <= 0 ? { stem: base, ext: '' } : { stem: base.slice(0, dot), ext: base.slice(dot) };
}
