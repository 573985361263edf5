export const money = (n: number) => n.toFixed(2);
