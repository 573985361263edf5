// Layer: L6 — Drivers

export * from './bridges';
export * from './other';
