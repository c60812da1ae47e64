#!/usr/bin/env node
// `npm run schema`: writes each subgraph's schema.graphql from its built code.
'use strict';
const { execFileSync } = require('node:child_process');
const { writeFileSync } = require('node:fs');
const path = require('node:path');
const { subgraphs } = require('./lib/services');

for (const subgraph of subgraphs) {
  const sdl = execFileSync(process.execPath, [subgraph.main, 'print-schema'], { encoding: 'utf8' });
  const file = path.join(path.dirname(subgraph.main), '..', 'schema.graphql');
  writeFileSync(file, sdl);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
