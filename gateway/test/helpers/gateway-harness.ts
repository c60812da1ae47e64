import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createContextVerifier, generateContextKeyPair, type ContextKeyPair, type VerifyResult } from '@egob/context-token';
import { createSilentLogger } from '@egob/logger';
import { createGatewayApp, loadGatewayConfig, type GatewayApp, type GatewayDeps } from '../../src';
import { startFakeRegistry, type FakeRegistry } from './fake-registry';
import { startFakeIdentity, type FakeIdentity } from './fake-identity';
import { gatewayEnv } from './gateway-env';
import { composeSupergraph, entitiesSubgraph, identitySubgraph } from './supergraph-fixtures';
import { createSupergraphSigner } from './supergraph-signer';
import { startTestSubgraph, type TestSubgraph } from './test-subgraph';

/** A started gateway of the harness and helpers to call it. */
export interface HarnessGateway {
  app: GatewayApp;
  url: string;
  /** POSTs `{ query }` (or the given body) to /graphql; returns status, headers and the parsed body. */
  post(body: unknown, headers?: Record<string, string>): Promise<GraphqlResponse>;
  query(text: string, headers?: Record<string, string>): Promise<GraphqlResponse>;
}

/** A /graphql response, parsed. */
export interface GraphqlResponse {
  status: number;
  headers: Headers;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
}

/** Subgraphs, a signing registry, a fake identity and the gateways started on them (all on free ports). */
export interface GatewayHarness {
  identity: TestSubgraph;
  entities: TestSubgraph;
  registry: FakeRegistry;
  idp: FakeIdentity;
  keys: ContextKeyPair;
  /** Starts a gateway with the harness's registry, identity and keys, plus `env`. */
  startGateway(env?: Record<string, string>, deps?: Partial<GatewayDeps>): Promise<HarnessGateway>;
  /** Returns the context the identity subgraph received in its last request (verified with the gateway's public key). */
  lastContext(): Promise<VerifyResult>;
  stop(): Promise<void>;
}

/** Starts the harness. */
export async function startGatewayHarness(): Promise<GatewayHarness> {
  const keys = await generateContextKeyPair();
  const registryKey = createSupergraphSigner();
  const identity = await startTestSubgraph(identitySubgraph());
  const entities = await startTestSubgraph(entitiesSubgraph());
  const sdl = composeSupergraph([identity, entities]);
  const registry = await startFakeRegistry(registryKey.sign({ id: '1', sdl, createdAt: '2026-11-02T10:00:00.000Z' }));
  const idp = await startFakeIdentity();
  const dir = mkdtempSync(path.join(tmpdir(), 'egob-gateway-harness-'));
  const gateways: GatewayApp[] = [];
  let count = 0;
  return {
    identity,
    entities,
    registry,
    idp,
    keys,
    async startGateway(env = {}, deps = {}) {
      count += 1;
      const app = createGatewayApp(
        loadGatewayConfig(
          gatewayEnv({
            REGISTRY_URL: registry.url,
            SUPERGRAPH_CACHE_FILE: path.join(dir, `gateway-${count}`, 'supergraph.json'),
            CONTEXT_TOKEN_PRIVATE_KEY: keys.privateKeyPem,
            REGISTRY_SIGNING_PUBLIC_KEYS: registryKey.publicKeyPem,
            IDENTITY_ISSUER: idp.issuer,
            USAGE_REPORTING: 'false',
            ...env,
          }),
        ),
        { logger: createSilentLogger(), ...deps },
      );
      gateways.push(app);
      const { url } = await app.start();
      const post = async (body: unknown, headers: Record<string, string> = {}): Promise<GraphqlResponse> => {
        const response = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify(body),
        });
        return { status: response.status, headers: response.headers, body: (await response.json()) as GraphqlResponse['body'] };
      };
      return { app, url, post, query: (text, headers) => post({ query: text }, headers) };
    },
    async lastContext() {
      const verifier = await createContextVerifier({ publicKeysPem: keys.publicKeyPem, audience: 'identity' });
      return verifier.verify(identity.received.at(-1)?.['x-egob-context'] as string | undefined);
    },
    async stop() {
      for (const gateway of gateways) await gateway.stop();
      await registry.stop();
      await idp.stop();
      await Promise.all([identity.stop(), entities.stop()]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
