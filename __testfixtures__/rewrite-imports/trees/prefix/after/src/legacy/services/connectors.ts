export const connect = (name: string) => `legacy:${name}`;
