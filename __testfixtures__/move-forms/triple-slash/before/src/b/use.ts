/// <reference path="../a/x.ts" />
/// <reference types="../types/ambient" />

export const both = `${REF_X}${AMBIENT}`;
