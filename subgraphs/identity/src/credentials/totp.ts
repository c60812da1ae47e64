import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** TOTP parameters (RFC 6238): SHA-1, 30-second steps, 6 digits, one step of drift either way. */
export const TOTP = { period: 30, digits: 6, window: 1 } as const;

/** Returns `bytes` as RFC 4648 base32 without padding. */
export function encodeBase32(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

/** Returns the bytes of a base32 string (case and padding ignored); throws on a character outside the alphabet. */
export function decodeBase32(text: string): Buffer {
  const clean = text.toUpperCase().replace(/=+$/, '');
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of clean) {
    const index = ALPHABET.indexOf(char);
    if (index === -1) throw new Error('invalid base32');
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** Returns a new random 160-bit TOTP secret, base32. */
export function createTotpSecret(): string {
  return encodeBase32(randomBytes(20));
}

/** Returns the code of time step `step` for `key` (HOTP of RFC 4226, `digits` long). */
export function hotp(key: Buffer, step: number, digits: number = TOTP.digits, algorithm = 'sha1'): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = createHmac(algorithm, key).update(counter).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary = (mac.readUInt32BE(offset) & 0x7fffffff) % 10 ** digits;
  return String(binary).padStart(digits, '0');
}

/** Returns the time step of `unixSeconds`. */
export function totpStep(unixSeconds: number): number {
  return Math.floor(unixSeconds / TOTP.period);
}

/** Returns the step (within ±1 of now) whose code is `code` for the base32 `secret`; null when none matches. */
export function findTotpStep(secret: string, code: string, unixSeconds: number): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const key = decodeBase32(secret);
  const now = totpStep(unixSeconds);
  let found: number | null = null;
  for (let step = now - TOTP.window; step <= now + TOTP.window; step++) {
    // Every candidate is compared, so the time taken does not say which one matched.
    if (timingSafeEqual(Buffer.from(hotp(key, step)), Buffer.from(code)) && found === null) found = step;
  }
  return found;
}

/** Returns the otpauth:// URI an authenticator app reads from a QR code. */
export function createOtpauthUri(secret: string, ci: string): string {
  const label = encodeURIComponent(`Ciudadanía Digital:${ci}`);
  return `otpauth://totp/${label}?secret=${secret}&issuer=${encodeURIComponent('Ciudadanía Digital')}&algorithm=SHA1&digits=${TOTP.digits}&period=${TOTP.period}`;
}
