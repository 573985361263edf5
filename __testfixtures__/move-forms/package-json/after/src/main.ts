export { area } from './c/x';
