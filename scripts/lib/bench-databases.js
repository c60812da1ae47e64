'use strict';
// MariaDB databases of a benchmark run: one fresh database per subgraph on the server of MYSQL_URL.
const path = require('node:path');
const { root, subgraphs } = require('./services');

/** The subgraphs of the stack. */
function services() {
  return subgraphs;
}

/**
 * Drops and recreates `egob_bench_<name>` for each service on the server of `serverUrl`
 * (mysql://user:password@host:port) and returns databaseUrl(name) for startStack.
 */
async function mysqlBenchDatabases(serverUrl, list) {
  const mysql = require(require.resolve('mysql2/promise', { paths: [path.join(root, 'libs/database')] }));
  const server = new URL(serverUrl);
  const connection = await mysql.createConnection({
    host: server.hostname,
    port: Number(server.port || 3306),
    user: decodeURIComponent(server.username),
    password: decodeURIComponent(server.password),
  });
  const nameOf = (service) => `egob_bench_${service.replace(/-/g, '_')}`;
  try {
    for (const service of list) {
      await connection.query(`DROP DATABASE IF EXISTS \`${nameOf(service.name)}\``);
      await connection.query(`CREATE DATABASE \`${nameOf(service.name)}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    }
  } finally {
    await connection.end();
  }
  return (name) => {
    const url = new URL(serverUrl);
    url.pathname = `/${nameOf(name)}`;
    return url.toString();
  };
}

module.exports = { services, mysqlBenchDatabases };
