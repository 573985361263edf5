// Layer: L6 — Drivers
// AUDIENCE: CUSTOMER
export const v = 5;
