import { passes, passing } from './rules';

export const verdict = passes(0.7) && passing([0.1, 0.9]).length === 1;
