// Role: library surface

export * from './a.js';
