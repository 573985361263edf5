export const bill = (n: number) => n;
