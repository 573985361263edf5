import { y, type Y } from './y.js';
import { base } from '../base.js';

export const x = (): Y => ({ y: y.y + base });
