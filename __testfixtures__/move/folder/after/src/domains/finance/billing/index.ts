export * from './invoice';
export * from './tax';
