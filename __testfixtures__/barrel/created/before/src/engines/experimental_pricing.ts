export const experimental = true
