// Copyright 2026 Example Corp.
// All rights reserved.

// Layer: L6 — Drivers
export const u = 6;
