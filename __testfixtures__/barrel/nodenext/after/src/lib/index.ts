// Role: library surface

export { A, AType } from './a.js';
export { B } from './b.mjs';
