export const leftPad = (s: string, n: number): string => s.padStart(n);
