#!/usr/bin/env node
// Gateway (b): @apollo/gateway as shipped — ApolloServer 5's standalone server and
// ApolloGateway({ supergraphSdl }) with every default. Only the environment differs:
// APOLLO_TELEMETRY_DISABLED=true (set by the rig) so that nothing leaves the machine.
// usage: apollo-gateway.main.js <supergraph.graphql> <port>
import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

async function main(): Promise<void> {
  const [file, port] = process.argv.slice(2);
  if (file === undefined || port === undefined) throw new Error('usage: apollo-gateway.main.js <supergraph.graphql> <port>');
  const server = new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl: readFileSync(file, 'utf8') }) });
  const { url } = await startStandaloneServer(server, { listen: { host: '127.0.0.1', port: Number(port) } });
  process.stdout.write(`apollo gateway ready at ${url}\n`);
  // ApolloServer stops itself on SIGTERM/SIGINT; also stop when the rig is gone.
  process.stdin.on('end', () => void server.stop().then(() => process.exit(0)));
  process.stdin.resume();
}

main().catch((error: unknown) => {
  process.stderr.write(`apollo gateway: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
