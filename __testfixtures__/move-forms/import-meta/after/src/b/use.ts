export const url = import.meta.resolve('../c/x');
export const lazy = import(`../c/x`);
