import { decodeBase32, encodeBase32, findTotpStep, hotp, createOtpauthUri } from '../src/credentials/totp';
import { hashPassword, isPasswordMatch, DECOY_PASSWORD_HASH } from '../src/credentials/password-hash';
import { openSecret, sealSecret } from '../src/auth/key-sealing';
import { randomBytes } from 'node:crypto';

describe('TOTP (RFC 6238)', () => {
  // RFC 6238 Appendix B, SHA-1 rows: the seed is the ASCII "12345678901234567890", 8 digits.
  const seed = Buffer.from('12345678901234567890', 'ascii');
  it.each([
    [59, '94287082'],
    [1111111109, '07081804'],
    [1111111111, '14050471'],
    [1234567890, '89005924'],
    [2000000000, '69279037'],
    [20000000000, '65353130'],
  ])('at %i s the code is %s', (seconds, code) => {
    expect(hotp(seed, Math.floor(seconds / 30), 8)).toBe(code);
  });

  it('encodes base32 as RFC 4648 and back', () => {
    expect(encodeBase32(Buffer.from('foobar'))).toBe('MZXW6YTBOI');
    expect(decodeBase32('MZXW6YTBOI').toString()).toBe('foobar');
    expect(encodeBase32(seed)).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
  });

  it('accepts 6-digit codes of the current step and one step either side, nothing further', () => {
    const secret = encodeBase32(seed);
    const now = 1111111111;
    const step = Math.floor(now / 30);
    const code = (s: number) => hotp(seed, s, 6);
    expect(findTotpStep(secret, code(step), now)).toBe(step);
    expect(findTotpStep(secret, code(step - 1), now)).toBe(step - 1);
    expect(findTotpStep(secret, code(step + 1), now)).toBe(step + 1);
    expect(findTotpStep(secret, code(step - 2), now)).toBeNull();
    expect(findTotpStep(secret, code(step + 2), now)).toBeNull();
    expect(findTotpStep(secret, 'abcdef', now)).toBeNull();
  });

  it('writes the otpauth URI authenticator apps read', () => {
    expect(createOtpauthUri('ABC', '1234567')).toBe(
      'otpauth://totp/Ciudadan%C3%ADa%20Digital%3A1234567?secret=ABC&issuer=Ciudadan%C3%ADa%20Digital&algorithm=SHA1&digits=6&period=30',
    );
  });
});

describe('password hashes and sealed keys', () => {
  it('hashes with scrypt N=2^14 and a per-hash salt, and checks', async () => {
    const one = await hashPassword('Demo-1234567');
    const two = await hashPassword('Demo-1234567');
    expect(one).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
    expect(one).not.toBe(two);
    expect(await isPasswordMatch('Demo-1234567', one)).toBe(true);
    expect(await isPasswordMatch('demo-1234567', one)).toBe(false);
    expect(await isPasswordMatch('', DECOY_PASSWORD_HASH)).toBe(false);
    expect(await isPasswordMatch('x', 'not-a-hash')).toBe(false);
  });

  it('seals with AES-256-GCM: opens with the key, refuses another key or an altered text', () => {
    const key = randomBytes(32);
    const sealed = sealSecret('-----BEGIN PRIVATE KEY-----', key);
    expect(sealed).not.toContain('PRIVATE');
    expect(openSecret(sealed, key)).toBe('-----BEGIN PRIVATE KEY-----');
    expect(() => openSecret(sealed, randomBytes(32))).toThrow();
    const [iv, tag, body] = sealed.split('.');
    const altered = Buffer.from(body!, 'base64');
    altered[0] = altered[0]! ^ 1;
    expect(() => openSecret([iv, tag, altered.toString('base64')].join('.'), key)).toThrow();
  });
});
