export { area } from './a/x';
