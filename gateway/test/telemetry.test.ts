import * as apolloGateway from '@apollo/gateway';
import { generateContextKeyPair } from '@egob/context-token';
import { createSilentLogger } from '@egob/logger';
import { createGatewayApp, loadGatewayConfig } from '../src';
import { gatewayEnv } from './helpers/gateway-env';
import { createSupergraphSigner } from './helpers/supergraph-signer';

describe('Apollo telemetry', () => {
  it('is disabled in code before ApolloGateway is constructed, whatever the environment says', async () => {
    // Record the variable at the moment ApolloGateway is constructed: that is when it decides to phone home.
    const seenAtConstruction: (string | undefined)[] = [];
    const { ApolloGateway } = apolloGateway;
    jest.spyOn(apolloGateway, 'ApolloGateway').mockImplementation((...args) => {
      seenAtConstruction.push(process.env.APOLLO_TELEMETRY_DISABLED);
      return new ApolloGateway(...args);
    });
    process.env.APOLLO_TELEMETRY_DISABLED = 'false';
    const keys = await generateContextKeyPair();
    const config = loadGatewayConfig(
      gatewayEnv({
        CONTEXT_TOKEN_PRIVATE_KEY: keys.privateKeyPem,
        REGISTRY_SIGNING_PUBLIC_KEYS: createSupergraphSigner().publicKeyPem,
        SUPERGRAPH_CACHE_FILE: '/nonexistent/supergraph.json',
      }),
    );
    createGatewayApp(config, { logger: createSilentLogger() });
    expect(seenAtConstruction).toEqual(['true']);
    expect(process.env.APOLLO_TELEMETRY_DISABLED).toBe('true');
  });
});
