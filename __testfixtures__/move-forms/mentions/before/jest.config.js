module.exports = {
  setupFiles: ['<rootDir>/src/a/x.ts'],
};
