import { Store } from './store';

export const probe = new Store();
