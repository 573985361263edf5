import { money } from '@app/lib/money';
import { bill } from '@app/services/billing';
export { bill as charge } from '@app/services/billing';

export const total = (n: number): string => money(bill(n));
