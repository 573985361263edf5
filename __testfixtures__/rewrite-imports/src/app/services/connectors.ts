export type Connect = (name: string) => string;
export const connect: Connect = (name) => `hoc:${name}`;
