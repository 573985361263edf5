/**
 * Layer: L4 — Domain Engine
 * AUDIENCE: CUSTOMER
 */

/** Doc of x. */
export const x = 1;
