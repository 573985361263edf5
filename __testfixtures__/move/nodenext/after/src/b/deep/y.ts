export type Y = { y: number };
export const y: Y = { y: 1 };
