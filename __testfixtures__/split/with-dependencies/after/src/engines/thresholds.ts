// Layer: L5 — Domain Engine

/** Scores below this are ignored. */
const THRESHOLD = 0.5;

export function clamp(score: number): number {
  return Math.min(1, Math.max(0, score));
}

/** Whether a score passes. */
export function passes(score: number): boolean {
  return clamp(score) >= THRESHOLD;
}
