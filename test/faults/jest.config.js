// `npm run test:faults`: the long fault and load runs (a server as a child process, killed, loaded for a minute),
// kept out of `npm test`'s projects; CI runs them after it (.ci/run).
const tsJest = ['ts-jest', { tsconfig: '<rootDir>/tsconfig.test.json' }];

module.exports = {
  rootDir: '../..',
  displayName: 'faults',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/faults/**/*.test.ts'],
  transform: { '^.+\\.(ts|tsx)$': tsJest },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  // The root alias of tsconfig.json, as in jest.config.js.
  moduleNameMapper: { '^~/(.*)$': '<rootDir>/$1' },
  // One at a time: each test owns the machine's cores while it measures.
  maxWorkers: 1,
};
