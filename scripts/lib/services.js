'use strict';
// The services `npm start` runs, in start order, with their default ports (ARCHITECTURE.md).
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');

/** Subgraphs from port 4100 in the order of ARCHITECTURE.md's table. */
const subgraphs = [
  { name: 'identity', owner: 'AGETIC', port: 4100, main: path.join(root, 'subgraphs/identity/dist/main.js') },
  { name: 'entities', owner: 'AGETIC', port: 4101, main: path.join(root, 'subgraphs/entities/dist/main.js') },
  { name: 'audit', owner: 'AGETIC', port: 4102, main: path.join(root, 'subgraphs/audit/dist/main.js') },
];

const registry = { name: 'schema-registry', port: 4001, main: path.join(root, 'schema-registry/dist/main.js') };
const gateway = { name: 'gateway', port: 4000, main: path.join(root, 'gateway/dist/main.js') };

module.exports = { root, subgraphs, registry, gateway };
