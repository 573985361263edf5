import { money } from '@lib';
import { order } from '@app/sales/order';
import { refund } from '../../legacy/refund';
import * as refunds from 'legacy/refund';

export const cart = [money(1), order(2), refund(3), refunds.refund(4)];
