/// <reference path="../b/local.d.ts" />

export const local: number = LOCAL;
