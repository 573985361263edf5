export const snapshot = 1;
