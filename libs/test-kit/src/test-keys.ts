import { createContextSigner, generateContextKeyPair, type ContextSigner, type RequestContext } from '@egob/context-token';

/** A gateway key pair for tests, and a signer that makes valid context tokens with it. */
export interface TestKeys {
  privateKeyPem: string;
  publicKeyPem: string;
  signer: ContextSigner;
  /** Returns a valid context token for `audience`, anonymous unless overridden. */
  token(audience: string, context?: Partial<RequestContext>): Promise<string>;
}

/** Returns fresh context-token keys for one test file. */
export async function createTestKeys(): Promise<TestKeys> {
  const pair = await generateContextKeyPair();
  const signer = await createContextSigner({ privateKeyPem: pair.privateKeyPem });
  return {
    ...pair,
    signer,
    token: (audience, context = {}) =>
      signer.sign({ subject: 'anonymous', roles: [], actingEntity: null, purpose: null, requestId: 'test', ...context }, audience),
  };
}
