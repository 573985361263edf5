import type { RelPath } from '../workspace/paths';
import type { Workspace } from '../workspace/workspace';
import { addedDiagnostics } from './compare';
import type { TypeDiagnostic } from './diagnostic';
import { TypeCheckSession, type TypeCheck } from './session';

/** The type-check gate's verdict on a staged phase. */
export interface TypeCheckVerdict {
  ok: boolean;
  /** Diagnostics of the tree before and after the phase. */
  before: number;
  after: number;
  /** Diagnostics the phase would add. */
  added: TypeDiagnostic[];
  /** Milliseconds each check took (the one after builds on the one before; a before reused from the last phase keeps its time). */
  ms: { before: number; after: number };
}

/**
 * The opt-in type-check gate of a run: the tree is checked before a phase (or the last phase's check
 * is reused when that phase was checked too) and after it, and the phase may add no diagnostic.
 */
export class TypeCheckGate {
  private readonly session = new TypeCheckSession();
  /** The check of the tree the next phase starts from, when the last phase was checked. */
  private current: TypeCheck | undefined;
  private before: TypeCheck | undefined;

  /** Checks the tree a phase starts from (reusing the last phase's check of it). */
  start(ws: Workspace): void {
    this.before = this.current ?? this.session.check(ws);
  }

  /** Checks the staged phase against the check `start` made; `movedTo` follows the phase's moves. */
  finish(ws: Workspace, movedTo: (p: RelPath) => RelPath): TypeCheckVerdict {
    const before = this.before!;
    const after = this.session.check(ws);
    this.current = after;
    this.before = undefined;
    const added = addedDiagnostics(before.diagnostics, after.diagnostics, movedTo);
    return { ok: added.length === 0, before: before.diagnostics.length, after: after.diagnostics.length, added, ms: { before: before.ms, after: after.ms } };
  }

  /** A phase ran unchecked: the last check no longer describes the tree. */
  forget(): void {
    this.current = undefined;
  }
}
