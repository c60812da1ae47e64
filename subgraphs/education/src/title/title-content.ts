import { createHash, randomBytes } from 'node:crypto';

/** The entity that issues (and signs, through the mailbox) every title. */
export const TITLE_ISSUER = 'MIN-EDUCACION';

/** What a title's signed content says. */
export interface TitleContent {
  code: string;
  ci: string;
  kind: string;
  name: string;
  institution: { code: string; name: string };
  issuedOn: string;
  issuer: string;
}

/**
 * Returns the canonical JSON of a title's content: keys sorted at every level, no spaces.
 * Its SHA-256 is what the mailbox signs, so the same title always gives the same bytes.
 */
export function canonicalTitleContent(content: TitleContent): string {
  return JSON.stringify({
    ci: content.ci,
    code: content.code,
    institution: { code: content.institution.code, name: content.institution.name },
    issuedOn: content.issuedOn,
    issuer: content.issuer,
    kind: content.kind,
    name: content.name,
  });
}

/** Returns the hex SHA-256 of a UTF-8 text. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Letters and digits that cannot be mistaken for each other (no 0/O, 1/I). */
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const RANDOM_PART = 8;

/** The shape of a title code: `TIT-<year>-<8 characters>`. */
export const TITLE_CODE_PATTERN = /^TIT-\d{4}-[A-Z0-9]{8}$/;

/**
 * Returns a title code for a year: `TIT-2025-7KQ4M2XA`. The 8 random characters (40 bits)
 * make codes unguessable enough that verifyTitle cannot be used to list titles.
 * `random` (values in [0,1)) is for the deterministic seed; issuance uses crypto randomness.
 */
export function createTitleCode(year: number, random?: () => number): string {
  const bytes = random ? Array.from({ length: RANDOM_PART }, () => Math.floor(random() * 256)) : [...randomBytes(RANDOM_PART)];
  return `TIT-${year}-${bytes.map((byte) => CODE_ALPHABET[byte % CODE_ALPHABET.length]).join('')}`;
}
