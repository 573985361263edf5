export const money = (n: number): string => n.toFixed(2);
