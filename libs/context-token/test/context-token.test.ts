import { createContextSigner, createContextVerifier, generateContextKeyPair, type RequestContext } from '@egob/context-token';

const context: RequestContext = { subject: '1234567', roles: ['citizen'], actingEntity: 'AGETIC', purpose: 'trámite', requestId: 'req-1' };

describe('context token', () => {
  it('round-trips subject, roles, acting entity, purpose and request id', async () => {
    const pair = await generateContextKeyPair();
    const signer = await createContextSigner({ privateKeyPem: pair.privateKeyPem });
    const verifier = await createContextVerifier({ publicKeysPem: pair.publicKeyPem, audience: 'identity' });
    expect(await verifier.verify(await signer.sign(context, 'identity'))).toEqual({ ok: true, context });
  });

  it('accepts either key during a rotation, and PEMs with escaped newlines', async () => {
    const oldPair = await generateContextKeyPair();
    const newPair = await generateContextKeyPair();
    const both = `${oldPair.publicKeyPem}\n${newPair.publicKeyPem}`.replace(/\n/g, '\\n');
    const verifier = await createContextVerifier({ publicKeysPem: both, audience: 'health' });
    for (const pair of [oldPair, newPair]) {
      const signer = await createContextSigner({ privateKeyPem: pair.privateKeyPem });
      expect((await verifier.verify(await signer.sign(context, 'health'))).ok).toBe(true);
    }
  });

  it('refuses missing, malformed, wrong-audience, unknown-key and expired tokens with a reason', async () => {
    const pair = await generateContextKeyPair();
    const other = await generateContextKeyPair();
    const verifier = await createContextVerifier({ publicKeysPem: pair.publicKeyPem, audience: 'identity' });
    const signer = await createContextSigner({ privateKeyPem: pair.privateKeyPem });
    const stranger = await createContextSigner({ privateKeyPem: other.privateKeyPem });
    const shortLived = await createContextSigner({ privateKeyPem: pair.privateKeyPem, ttlSeconds: -60 });
    expect(await verifier.verify(undefined)).toEqual({ ok: false, reason: 'missing context token' });
    expect(await verifier.verify('abc')).toEqual({ ok: false, reason: 'malformed context token' });
    expect(await verifier.verify(await signer.sign(context, 'entities'))).toEqual({ ok: false, reason: 'context token made for another subgraph' });
    expect(await verifier.verify(await stranger.sign(context, 'identity'))).toEqual({ ok: false, reason: 'context token signed by an unknown key' });
    expect(await verifier.verify(await shortLived.sign(context, 'identity'))).toEqual({ ok: false, reason: 'expired context token' });
  });

  it('refuses a key that is not Ed25519', async () => {
    const { generateKeyPairSync } = await import('node:crypto');
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
    await expect(createContextSigner({ privateKeyPem: rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() })).rejects.toThrow(
      'context token key must be Ed25519',
    );
  });
});
