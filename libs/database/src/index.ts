import 'reflect-metadata';

export { openDatabase, DatabaseUnavailableError, type Database, type OpenDatabaseOptions } from './open-database';
export { parseDatabaseUrl, type DatabaseTarget } from './database-url';
export { SqlCounter } from './sql-counter';
export { textColumnType } from './column-types';
