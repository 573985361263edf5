import { money } from '@app/lib/money';
import { bill } from '@legacy/billing';
export { bill as charge } from '@legacy/billing';

export const total = (n: number): string => money(bill(n));
