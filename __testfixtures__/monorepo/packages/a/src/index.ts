export { v } from './lib/util';
export { shout } from './lib/shout';
export { button } from './ui/button';
