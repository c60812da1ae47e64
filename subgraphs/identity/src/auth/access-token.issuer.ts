import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import type { SigningKeyService } from './signing-key.service';
import { ACCESS_TOKEN_AUDIENCE, TOKEN_LIFETIMES } from './token-lifetimes';

/** Who an access token speaks for (docs/access-control.md). */
export interface AccessTokenSubject {
  sub: string;
  clientId: string;
  roles: string[];
  entityRoles: Record<string, string[]>;
  /** Authentication methods; absent for service accounts (no user authenticated). */
  amr?: string[];
}

/** Signs access tokens with the active key. */
export class AccessTokenIssuer {
  constructor(
    private readonly keys: SigningKeyService,
    private readonly issuer: string,
  ) {}

  /** Returns a signed access token (EdDSA, `typ: at+jwt`) and its lifetime in seconds. */
  async issue(subject: AccessTokenSubject, now = Date.now()): Promise<{ token: string; expiresIn: number }> {
    const { kid, privateKey } = await this.keys.getActiveKey();
    const iat = Math.floor(now / 1000);
    const claims: Record<string, unknown> = { client_id: subject.clientId, roles: subject.roles, entity_roles: subject.entityRoles };
    if (subject.amr) claims.amr = subject.amr;
    const token = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'EdDSA', kid, typ: 'at+jwt' })
      .setIssuer(this.issuer)
      .setSubject(subject.sub)
      .setAudience(ACCESS_TOKEN_AUDIENCE)
      .setIssuedAt(iat)
      .setExpirationTime(iat + TOKEN_LIFETIMES.accessToken)
      .setJti(randomUUID())
      .sign(privateKey);
    return { token, expiresIn: TOKEN_LIFETIMES.accessToken };
  }
}
