import { money } from '@lib';
import { refund } from '../../legacy/refund';

export const order = (n: number) => money(n) + refund(n);
