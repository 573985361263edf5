import { type Shape } from '../c/y';
import './augment';

export const s: Shape = { a: 1, b: 'two' };
