export const connect = (name: string) => `hoc:${name}`;
