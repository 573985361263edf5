// Layer: L6 — Drivers
export const w = 4;