export const fromFolder = 1;
