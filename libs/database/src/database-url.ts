/** Where a DATABASE_URL points: a SQLite file (or memory) or a MySQL/MariaDB database. */
export type DatabaseTarget =
  | { kind: 'sqlite'; file: string }
  | { kind: 'mysql'; url: string; database: string };

/** Parses `sqlite:<file>`, `sqlite::memory:` or `mysql://user:password@host:port/db`; throws on anything else. */
export function parseDatabaseUrl(url: string): DatabaseTarget {
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (!file) throw new Error('DATABASE_URL: sqlite: needs a file name');
    return { kind: 'sqlite', file };
  }
  if (url.startsWith('mysql://') || url.startsWith('mariadb://')) {
    const parsed = new URL(url.replace(/^mariadb:/, 'mysql:'));
    const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
    if (!/^[A-Za-z0-9_$-]+$/.test(database)) throw new Error('DATABASE_URL: mysql:// needs a database name');
    return { kind: 'mysql', url: parsed.toString(), database };
  }
  throw new Error('DATABASE_URL must start with sqlite: or mysql://');
}

/** Returns the URL with its password hidden, for log lines and error messages. */
export function redactDatabaseUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:…@');
}
