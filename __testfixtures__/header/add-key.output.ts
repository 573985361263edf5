// Layer: L6 — Drivers
// Role: Connector registry
// AUDIENCE: CUSTOMER
export class Registry {}
