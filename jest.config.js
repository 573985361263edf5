/** Tests run on the TypeScript sources; CLI tests spawn the built bin (npm test builds first). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  transform: { '^.+\\.ts$': ['ts-jest', {}] },
  testMatch: ['**/*.test.ts'],
  testTimeout: 60000,
};
