/**
 * Layer: L5 — Domain Engine
 * AUDIENCE: CUSTOMER
 * Tags: M25_FROZEN
 */

/** Doc of x. */
export const x = 1;
