// Layer: L5/L6 — HYBRID
// Tags: HYBRID, M25_FROZEN
export const y = 2;
