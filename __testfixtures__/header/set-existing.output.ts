// layer: L5 — Domain Schema
// AUDIENCE: CUSTOMER
// Role: Loop events

import { a } from "./a";

export const b = a;
