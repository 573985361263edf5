// Layer: L4 — Domain Engine
// AUDIENCE: CUSTOMER
export const z = 3;
