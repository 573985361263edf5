// Layer: L4 — Domain Engine
export const w = 4;