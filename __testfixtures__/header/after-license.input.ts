// Copyright 2026 Example Corp.
// All rights reserved.

// Layer: L4 — Domain Engine
export const u = 6;
