import { shout } from '../pkg/common/format';

export const greeting = shout('hello');
