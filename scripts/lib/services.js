'use strict';
// The services `npm start` runs, in start order, with their default ports (ARCHITECTURE.md).
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');

/** Subgraphs from port 4100 in the order of ARCHITECTURE.md's table. */
const subgraphs = [
  { name: 'identity', owner: 'AGETIC', port: 4100, main: path.join(root, 'subgraphs/identity/dist/main.js') },
  { name: 'entities', owner: 'AGETIC', port: 4101, main: path.join(root, 'subgraphs/entities/dist/main.js') },
  { name: 'audit', owner: 'AGETIC', port: 4102, main: path.join(root, 'subgraphs/audit/dist/main.js') },
  { name: 'health', owner: 'MIN-SALUD', port: 4104, main: path.join(root, 'subgraphs/health/dist/main.js'), serviceClient: 'svc-health' },
  { name: 'education', owner: 'MIN-EDUCACION', port: 4105, main: path.join(root, 'subgraphs/education/dist/main.js'), serviceClient: 'svc-education' },
  { name: 'justice', owner: 'OJ', port: 4106, main: path.join(root, 'subgraphs/justice/dist/main.js') },
  { name: 'labor', owner: 'MIN-TRABAJO', port: 4107, main: path.join(root, 'subgraphs/labor/dist/main.js'), serviceClient: 'svc-labor' },
];

const registry = { name: 'schema-registry', port: 4001, main: path.join(root, 'schema-registry/dist/main.js') };
const gateway = { name: 'gateway', port: 4000, main: path.join(root, 'gateway/dist/main.js') };

module.exports = { root, subgraphs, registry, gateway };
