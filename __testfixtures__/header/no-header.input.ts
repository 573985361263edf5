#!/usr/bin/env node
"use strict";
/** Doc of main. */
export function main() {}
