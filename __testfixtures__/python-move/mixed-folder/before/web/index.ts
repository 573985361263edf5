import { shout } from '../pkg/shared/format';

export const greeting = shout('hello');
