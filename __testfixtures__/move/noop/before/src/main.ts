import { x } from './new';

export const y = x;
