export interface Config {
  name: string;
}

export const defaults: Config = { name: 'x' };
