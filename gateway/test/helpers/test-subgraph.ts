import type { IncomingHttpHeaders } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { SubgraphFixture } from './supergraph-fixtures';

/** A subgraph running on a free port, with the headers of every request it received. */
export interface TestSubgraph {
  fixture: SubgraphFixture;
  url: string;
  received: IncomingHttpHeaders[];
  stop(): Promise<void>;
}

/** Starts `fixture` as a real subgraph over HTTP on 127.0.0.1 and a free port. */
export async function startTestSubgraph(fixture: SubgraphFixture): Promise<TestSubgraph> {
  const received: IncomingHttpHeaders[] = [];
  const server = new ApolloServer({
    schema: buildSubgraphSchema({ typeDefs: fixture.typeDefs, resolvers: fixture.resolvers }),
    plugins: [ApolloServerPluginInlineTraceDisabled()],
    stopOnTerminationSignals: false,
  });
  const { url } = await startStandaloneServer(server, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async ({ req }) => {
      received.push(req.headers);
      // Resolvers that answer per caller read the context token from here.
      return { headers: req.headers };
    },
  });
  return { fixture, url, received, stop: () => server.stop() };
}
