// Layer: L5 — Domain Engine

import { clamp, passes } from './thresholds';

/** The passing scores. */
export function passing(scores: number[]): number[] {
  return scores.filter(passes);
}

export function label(score: number): string {
  return `${clamp(score)}`;
}
