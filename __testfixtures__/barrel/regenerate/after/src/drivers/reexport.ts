export { Store } from './store';
export const extra = 1;
