export const cache = new Map<string, number>()
