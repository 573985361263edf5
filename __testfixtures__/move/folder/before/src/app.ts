import { invoice } from './features/billing';
import { rate } from './features/billing/tax';
import data from './features/billing/data.json';
import './features/billing/styles.css';

export const total = invoice(10) + rate + data.currency.length;
