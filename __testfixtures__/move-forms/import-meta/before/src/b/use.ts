export const url = import.meta.resolve('../a/x');
export const lazy = import(`../a/x`);
