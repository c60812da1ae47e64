import { createHash } from 'node:crypto';
import { createSupergraphVerifier } from '../src/supergraph/supergraph-verifier';
import type { SignedSupergraph } from '../src/supergraph/signed-supergraph';
import { createSupergraphSigner } from './helpers/supergraph-signer';

const registryKey = createSupergraphSigner();
const otherKey = createSupergraphSigner();
const verifier = createSupergraphVerifier({ publicKeysPem: registryKey.publicKeyPem, variant: 'main' });
const SDL = 'schema { query: Query } type Query { a: Int }';
const V7 = registryKey.sign({ id: '7', sdl: SDL, createdAt: '2026-11-25T19:00:00.000Z' });

describe('supergraph verifier', () => {
  it('accepts a supergraph signed by the registry for this variant, newer than or first to be served', () => {
    expect(verifier.verify(V7, null)).toEqual({ ok: true });
    expect(verifier.verify(V7, '6')).toEqual({ ok: true });
    // Ids compare as numbers, not as text ("10" > "9").
    expect(verifier.verify(registryKey.sign({ id: '10', sdl: SDL, createdAt: V7.createdAt }), '9')).toEqual({ ok: true });
  });

  it('refuses a tampered sdl', () => {
    const tampered: SignedSupergraph = { ...V7, sdl: SDL.replace('a: Int', 'a: Int b: Int') };
    expect(verifier.verify(tampered, null)).toEqual({
      ok: false,
      code: 'SHA256_MISMATCH',
      reason: `sha256 "${V7.sha256}" does not match the sdl (${sha256Of(tampered.sdl)})`,
    });
  });

  it('refuses a wrong sha256, even one that matches a tampered sdl', () => {
    const wrongHash: SignedSupergraph = { ...V7, sha256: 'f'.repeat(64) };
    expect(verifier.verify(wrongHash, null)).toMatchObject({ ok: false, code: 'SHA256_MISMATCH' });
    expect(verifier.verify({ ...V7, sha256: V7.sha256.toUpperCase() }, null)).toMatchObject({ ok: false, code: 'SHA256_MISMATCH' });
    // Consistent hash, but the signature covers the original one.
    const sdl = `${SDL} type Extra { b: Int }`;
    expect(verifier.verify({ ...V7, sdl, sha256: sha256Of(sdl) }, null)).toEqual({
      ok: false,
      code: 'BAD_SIGNATURE',
      reason: 'signature does not verify with any configured registry key',
    });
  });

  it('refuses a truncated signature', () => {
    expect(verifier.verify({ ...V7, signature: V7.signature.slice(0, -2) }, null)).toEqual({
      ok: false,
      code: 'BAD_SIGNATURE',
      reason: 'signature is not 64 bytes of base64url',
    });
    expect(verifier.verify({ ...V7, signature: '' }, null)).toMatchObject({ ok: false, code: 'BAD_SIGNATURE' });
  });

  it('refuses a signature made by another key', () => {
    const forged = otherKey.sign({ id: '7', sdl: SDL, createdAt: V7.createdAt });
    expect(forged.sha256).toBe(V7.sha256);
    expect(verifier.verify(forged, null)).toEqual({
      ok: false,
      code: 'BAD_SIGNATURE',
      reason: 'signature does not verify with any configured registry key',
    });
  });

  it('accepts any configured key (rotation), given as one string with \\n escapes', () => {
    const both = createSupergraphVerifier({
      publicKeysPem: `${registryKey.publicKeyPem}${otherKey.publicKeyPem}`.replace(/\n/g, '\\n'),
      variant: 'main',
    });
    expect(both.verify(otherKey.sign({ id: '7', sdl: SDL, createdAt: V7.createdAt }), null)).toEqual({ ok: true });
    expect(both.verify(V7, null)).toEqual({ ok: true });
  });

  it('refuses another variant, even well signed', () => {
    const publicOne = registryKey.sign({ id: '8', sdl: SDL, createdAt: V7.createdAt, variant: 'public' });
    expect(verifier.verify(publicOne, null)).toEqual({
      ok: false,
      code: 'WRONG_VARIANT',
      reason: 'variant "public" is not the configured "main"',
    });
    // The variant is signed: relabelling a public supergraph as main breaks the signature.
    expect(verifier.verify({ ...publicOne, variant: 'main' }, null)).toMatchObject({ ok: false, code: 'BAD_SIGNATURE' });
  });

  it('refuses a replayed older signed supergraph', () => {
    expect(verifier.verify(V7, '8')).toEqual({
      ok: false,
      code: 'REPLAYED',
      reason: 'id 7 is older than the supergraph served (8)',
    });
    expect(verifier.verify(V7, '10')).toMatchObject({ ok: false, code: 'REPLAYED' });
  });

  it('refuses a signature that is not base64url, or tampered createdAt and id', () => {
    for (const signature of ['!'.repeat(86), `${V7.signature.slice(0, 85)}=`, `${V7.signature.slice(0, 84)}+/`, 'bm90IGEgc2lnbmF0dXJl']) {
      expect(verifier.verify({ ...V7, signature }, null)).toEqual({
        ok: false,
        code: 'BAD_SIGNATURE',
        reason: 'signature is not 64 bytes of base64url',
      });
    }
    // Same bytes under a non-canonical last character: still refused, a signature has one spelling.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const last = alphabet.indexOf(V7.signature.at(-1)!);
    const respelled = `${V7.signature.slice(0, 85)}${alphabet[last ^ 1]}`;
    expect(Buffer.from(respelled, 'base64url')).toEqual(Buffer.from(V7.signature, 'base64url'));
    expect(verifier.verify({ ...V7, signature: respelled }, null)).toMatchObject({ ok: false, code: 'BAD_SIGNATURE' });
    expect(verifier.verify({ ...V7, signature: 'A'.repeat(86) }, null)).toMatchObject({ ok: false, code: 'BAD_SIGNATURE' });
    expect(verifier.verify({ ...V7, createdAt: '2026-11-25T19:00:01.000Z' }, null)).toMatchObject({ ok: false, code: 'BAD_SIGNATURE' });
    expect(verifier.verify({ ...V7, id: '70' }, null)).toMatchObject({ ok: false, code: 'BAD_SIGNATURE' });
  });

  it('cannot be created with something that is not an Ed25519 SPKI public key', () => {
    const privatePem = registryKey.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
    expect(() => createSupergraphVerifier({ publicKeysPem: 'nope', variant: 'main' })).toThrow('no PEM block found');
    expect(() => createSupergraphVerifier({ publicKeysPem: privatePem, variant: 'main' })).toThrow('PEM block 1 is not an SPKI public key');
  });
});

function sha256Of(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
