// Layer: L6 — Drivers
// Role: Connector registry
export class Registry {}
