import { money } from '@lib';
import { refund } from './refund';

export const order = (n: number) => money(n) + refund(n);
