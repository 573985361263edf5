export const fromFile = 2;
