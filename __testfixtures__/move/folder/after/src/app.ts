import { invoice } from './domains/finance/billing';
import { rate } from './domains/finance/billing/tax';
import data from './domains/finance/billing/data.json';
import './domains/finance/billing/styles.css';

export const total = invoice(10) + rate + data.currency.length;
