/// <reference path="../c/y.ts" />
/// <reference types="../decl/ambient" />

export const both = `${REF_X}${AMBIENT}`;
