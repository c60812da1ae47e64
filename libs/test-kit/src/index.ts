export { createTestDatabase, testDatabaseKind, type TestDatabase } from './test-database';
export { createTestKeys, type TestKeys } from './test-keys';
export { login, DEMO_LOGINS } from './demo-login';
