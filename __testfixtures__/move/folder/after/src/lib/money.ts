export const cents = (n: number) => Math.round(n * 100);
