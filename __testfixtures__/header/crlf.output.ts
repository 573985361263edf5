// Layer: L6 — Drivers
// AUDIENCE: CUSTOMER
// Role: Driver
export const z = 3;
