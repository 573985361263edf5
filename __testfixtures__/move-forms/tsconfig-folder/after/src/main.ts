import { area } from './c/x';

export const one = area({ a: 1 });
