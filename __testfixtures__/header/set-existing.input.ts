// layer: L4 — Domain Engine
// AUDIENCE: CUSTOMER
// Role: Loop events

import { a } from "./a";

export const b = a;
