import { first } from './orders.js';
import { quantity } from './stats/quantity.js';

export const total = quantity([]) + (first([])?.qty ?? 0);
