import { money } from './src/app/money';

export const m = money(1);
