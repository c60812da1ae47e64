'use strict';
// Registry figures for `npm run bench`: composing 17 subgraphs, and publish → every
// gateway serving the new supergraph.
const path = require('node:path');
const { root } = require('./services');

const SUPERGRAPH_ID_HEADER = 'x-egob-supergraph-id';

/** Composes the synthetic 17-subgraph platform `rounds` times; returns median milliseconds. */
function benchComposition(rounds = 5) {
  const { benchComposition: compose } = require(path.join(root, 'schema-registry/dist/bench/compose-bench'));
  const runs = [];
  for (let i = 0; i < rounds; i++) runs.push(compose(17));
  const median = (key) => runs.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
  return { subgraphs: 17, composeMs: median('composeMs'), contractMs: median('contractMs') };
}

/**
 * Publishes a new version of a probe subgraph `rounds` times and measures, for each, the
 * time until every gateway answers with the new supergraph id.
 */
async function benchPublishToServe(registryUrl, gatewayUrls, publishKey, rounds = 10) {
  const latencies = [];
  for (let round = 0; round < rounds; round++) {
    const sdl = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@tag"])\ntype Query {\n  "Sonda del benchmark ${round}."\n  benchProbe${round}: String\n}\n`;
    const started = performance.now();
    const response = await fetch(`${registryUrl}/subgraphs/bench-probe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${publishKey}` },
      body: JSON.stringify({ sdl, url: 'http://127.0.0.1:9/graphql', version: `bench-${round}`, owner: 'AGETIC', force: { reason: 'benchmark: sonda sin consumidores' } }),
    });
    const body = await response.json();
    if (!response.ok) throw new Error(`publish refused: ${JSON.stringify(body)}`);
    const id = body.supergraph.id;
    await Promise.all(
      gatewayUrls.map(async (url) => {
        for (;;) {
          const ready = await fetch(`${url}/ready`);
          if (ready.headers.get(SUPERGRAPH_ID_HEADER) === id) return;
          if (performance.now() - started > 30_000) throw new Error(`${url} did not serve supergraph ${id} within 30 s`);
          await new Promise((r) => setTimeout(r, 5));
        }
      }),
    );
    latencies.push(performance.now() - started);
  }
  latencies.sort((a, b) => a - b);
  return { gateways: gatewayUrls.length, rounds, medianMs: latencies[Math.floor(rounds / 2)], maxMs: latencies[rounds - 1] };
}

module.exports = { benchComposition, benchPublishToServe };
