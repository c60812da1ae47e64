export { createTestDatabase, testDatabaseKind, type TestDatabase } from './test-database';
export { createTestKeys, type TestKeys } from './test-keys';
