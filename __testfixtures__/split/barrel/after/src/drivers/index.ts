// Layer: L6 — Drivers

export * from './bridges';
export * from '../schemas/audit';
export * from './other';
