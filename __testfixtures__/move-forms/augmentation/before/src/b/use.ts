import { type Shape } from '../a/x';
import './augment';

export const s: Shape = { a: 1, b: 'two' };
