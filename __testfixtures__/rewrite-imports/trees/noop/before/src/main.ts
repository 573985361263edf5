import { x } from './new/x';

export const y = x;
