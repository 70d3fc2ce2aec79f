// One jest run, four kinds of test (see test/README.md). `npm test` runs them all through scripts/test.ts.
const tsJest = ['ts-jest', { tsconfig: '<rootDir>/tsconfig.test.json' }];
const common = {
  rootDir: __dirname,
  transform: { '^.+\\.(ts|tsx)$': tsJest },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  // The root alias of tsconfig.json (`~/types/api`, `~/src/services/...`).
  moduleNameMapper: { '^~/(.*)$': '<rootDir>/$1' },
};

module.exports = {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/unit/**/*.test.{ts,tsx}'],
      moduleNameMapper: {
        // The platform flags, read per use so one run can play both platforms (see the stub). Before the root
        // alias: jest takes the first pattern that matches.
        '(^|/)services/platform$': '<rootDir>/test/unit/stubs/platform.ts',
        ...common.moduleNameMapper,
        '^@tarojs/components$': '<rootDir>/test/unit/stubs/components.tsx',
        '^@tarojs/taro$': '<rootDir>/test/unit/stubs/taro.ts',
        '\\.(css|scss)$': '<rootDir>/test/unit/stubs/style.ts',
      },
    },
    {
      ...common,
      displayName: 'cloud',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/cloud/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'sim',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/sim/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'e2e',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
    },
  ],
};
