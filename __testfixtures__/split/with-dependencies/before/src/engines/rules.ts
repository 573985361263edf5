// Layer: L5 — Domain Engine

/** Scores below this are ignored. */
const THRESHOLD = 0.5;

function clamp(score: number): number {
  return Math.min(1, Math.max(0, score));
}

/** Whether a score passes. */
export function passes(score: number): boolean {
  return clamp(score) >= THRESHOLD;
}

/** The passing scores. */
export function passing(scores: number[]): number[] {
  return scores.filter(passes);
}

export function label(score: number): string {
  return `${clamp(score)}`;
}
