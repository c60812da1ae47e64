#!/usr/bin/env node
// `npm start`: the registry, every subgraph and the gateway on this machine, SQLite files
// under .data/, demo data seeded on first run; Ctrl-C stops everything.
'use strict';
const path = require('node:path');
const { root } = require('./lib/services');
const { startStack } = require('./lib/stack');

let stack;
let stopping = false;

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  console.log('\nDeteniendo egob…');
  await stack?.stop();
  console.log('egob detenido.');
  process.exit(code);
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

async function main() {
  console.log('egob: iniciando en esta máquina (SQLite en .data/)…');
  console.log('Datos de demostración (solo la primera vez):');
  stack = await startStack({
    dataDir: path.join(root, '.data'),
    onUnexpectedExit: (service, logTail) => {
      console.error(`\n✗ ${service.name} terminó inesperadamente (${logTail})`);
      void shutdown(1);
    },
  });
  const { urls } = stack;
  const rows = [
    ['Gateway GraphQL', `${urls.gateway}/graphql`],
    ['Explorador GraphQL', `${urls.gateway}/explorer`],
    ['Registro de esquemas', `${urls.registry}/subgraphs`],
    ...Object.entries(urls.subgraphs).map(([name, url]) => [`Subgrafo ${name}`, `${url}/graphql`]),
  ];
  console.log('\negob está listo:\n');
  for (const [label, url] of rows) console.log(`  ${label.padEnd(24)} ${url}`);
  console.log('\n  Datos públicos, sin sesión. Pruebe en el explorador:');
  console.log('    { territory(code: "020101") { name province { name } department { name } } }');
  console.log('  Datos personales: `npm run token` inicia sesión como la ciudadana de demostración');
  console.log('  (CI 1234567) e imprime la cabecera para la pestaña Headers del explorador.');
  console.log(`\n  Registros en ${path.relative(root, stack.logDir)}/. Ctrl-C para detener.`);
}

main().catch((error) => {
  console.error(`\n✗ ${error.message}`);
  void shutdown(1);
});
