// Layer: L5/L6 — HYBRID
// Tags: OLD, HYBRID
export const y = 2;
