import { area } from '@x';

export const one = area({ a: 1 });
