import { money } from '@lib';
import { order } from '@app/orders/order';
import { refund } from '@app/orders/refund';
import * as refunds from 'app/orders/refund';

export const cart = [money(1), order(2), refund(3), refunds.refund(4)];
