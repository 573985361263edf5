import { rate } from './tax';
import { cents } from '../../../lib/money';

export const invoice = (n: number) => cents(n * (1 + rate));
