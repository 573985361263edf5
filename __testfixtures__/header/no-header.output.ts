#!/usr/bin/env node
"use strict";
// Layer: L6 — Drivers

/** Doc of main. */
export function main() {}
