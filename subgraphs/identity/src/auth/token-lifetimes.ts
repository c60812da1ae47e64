/** How long the tokens and codes identity issues live, in seconds. */
export const TOKEN_LIFETIMES = {
  /** Access tokens (docs/access-control.md: at most 10 minutes). */
  accessToken: 300,
  /** Authorization codes. */
  authorizationCode: 60,
  /** Refresh tokens (each use rotates them). */
  refreshToken: 12 * 3600,
  /** A replaced signing key stays in the JWKS this long: longer than any token it signed lives, plus clock skew. */
  retiredKey: 300 + 600,
} as const;

/** Audience of every access token: the gateway. */
export const ACCESS_TOKEN_AUDIENCE = 'egob-gateway';
