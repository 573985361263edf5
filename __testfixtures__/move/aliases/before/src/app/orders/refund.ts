export const refund = (n: number) => -n;
