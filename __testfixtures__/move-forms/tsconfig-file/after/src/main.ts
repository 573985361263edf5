import { area } from './c/y';

export const one = area({ a: 1 });
