import { first, quantity } from './orders.js';

export const total = quantity([]) + (first([])?.qty ?? 0);
