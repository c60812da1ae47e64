// One jest run over every package. Tests import workspace packages by name; the
// mapper points those names at their TypeScript sources so tests need no build.
const packages = {
  '@egob/config': 'libs/config',
  '@egob/logger': 'libs/logger',
  '@egob/http': 'libs/http',
  '@egob/context-token': 'libs/context-token',
  '@egob/demo-data': 'libs/demo-data',
  '@egob/test-kit': 'libs/test-kit',
  '@egob/database': 'libs/database',
  '@egob/supergraph-signature': 'libs/supergraph-signature',
  '@egob/subgraph-kit': 'subgraphs/kit',
  '@egob/entities': 'subgraphs/entities',
  '@egob/identity': 'subgraphs/identity',
  '@egob/audit': 'subgraphs/audit',
  '@egob/health': 'subgraphs/health',
  '@egob/education': 'subgraphs/education',
  '@egob/justice': 'subgraphs/justice',
  '@egob/labor': 'subgraphs/labor',
  '@egob/schema-registry': 'schema-registry',
  '@egob/gateway': 'gateway',
};

const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/libs', '<rootDir>/subgraphs', '<rootDir>/gateway', '<rootDir>/schema-registry', '<rootDir>/tests'],
  testMatch: ['**/test/**/*.test.ts', '<rootDir>/tests/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  transform: { '^.+\\.tsx?$': swc },
  moduleNameMapper: {
    '^@egob/subgraph-kit/testing$': '<rootDir>/subgraphs/kit/src/testing/index.ts',
    ...Object.fromEntries(Object.entries(packages).map(([name, dir]) => [`^${name}$`, `<rootDir>/${dir}/src/index.ts`])),
  },
  testTimeout: 60_000,
  maxWorkers: 2,
};
