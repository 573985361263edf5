/// <reference path="local.d.ts" />

export const local: number = LOCAL;
