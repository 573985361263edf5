// Role: utilities

export { one } from './one';
export { two } from './two';
