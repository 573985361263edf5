import { passing } from './rules';
import { passes } from './thresholds';

export const verdict = passes(0.7) && passing([0.1, 0.9]).length === 1;
