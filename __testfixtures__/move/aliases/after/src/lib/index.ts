export { money } from './format';
