// Layer: L5 — Domain Engine

import type { Stage } from './stage';

/** One step of an audit. */
export interface Step {
  stage: Stage;
}
