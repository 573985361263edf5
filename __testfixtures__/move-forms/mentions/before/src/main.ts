import { area } from './a/x';

export const one = area({ a: 1 });
