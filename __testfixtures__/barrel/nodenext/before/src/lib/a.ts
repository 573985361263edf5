export const A = 'a';
export type AType = typeof A;
