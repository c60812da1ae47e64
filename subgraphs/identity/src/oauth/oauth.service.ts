import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { IsNull, type DataSource, type Repository } from 'typeorm';
import type { AccessTokenIssuer } from '../auth/access-token.issuer';
import { TOKEN_LIFETIMES } from '../auth/token-lifetimes';
import type { CredentialService, LoginOutcome } from '../credentials/credential.service';
import type { RolesService } from '../servants/roles.service';
import { AuthorizationCodeEntity } from './authorization-code.entity';
import type { OAuthClient } from './oauth-client.service';
import { createOAuthError, type OAuthError } from './oauth-error';
import { RefreshTokenEntity } from './refresh-token.entity';

/** A token endpoint answer: the tokens, or an RFC 6749 error with its HTTP status. */
export type TokenOutcome =
  | { ok: true; body: { access_token: string; token_type: 'Bearer'; expires_in: number; refresh_token?: string; scope?: string } }
  | { ok: false; status: 400 | 401; error: OAuthError };

/** A checked authorization request: the login form carries these. */
export interface AuthorizationRequest {
  clientId: string;
  redirectUri: string;
  state: string;
  codeChallenge: string;
  scope: string;
}

/** Returns the SHA-256 of a code or token, hex: only hashes are stored. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const VERIFIER_PATTERN = /^[A-Za-z0-9._~-]{43,128}$/;

/** The authorization-code, refresh-token and client-credentials grants, and logout. */
export class OAuthService {
  private readonly codes: Repository<AuthorizationCodeEntity>;
  private readonly refreshTokens: Repository<RefreshTokenEntity>;

  constructor(
    dataSource: DataSource,
    private readonly credentials: CredentialService,
    private readonly roles: RolesService,
    private readonly tokens: AccessTokenIssuer,
  ) {
    this.codes = dataSource.getRepository(AuthorizationCodeEntity);
    this.refreshTokens = dataSource.getRepository(RefreshTokenEntity);
  }

  /** Checks the credentials; on success returns a one-time code (60 s) bound to client, redirect URI and PKCE challenge. */
  async login(request: AuthorizationRequest, ci: string, password: string, otp: string, now = Date.now()): Promise<LoginOutcome & { code?: string }> {
    const outcome = await this.credentials.authenticate(ci, password, otp, now);
    if (!outcome.ok) return outcome;
    const code = randomBytes(32).toString('base64url');
    await this.codes.insert({
      codeHash: hashToken(code),
      clientId: request.clientId,
      redirectUri: request.redirectUri,
      codeChallenge: request.codeChallenge,
      ci,
      amr: outcome.amr.join(','),
      scope: request.scope,
      familyId: randomUUID(),
      expiresAt: now + TOKEN_LIFETIMES.authorizationCode * 1000,
      usedAt: null,
    });
    return { ...outcome, code };
  }

  /** The `authorization_code` grant: a replayed code fails and revokes the refresh tokens issued from it. */
  async exchangeCode(client: OAuthClient, code: string, redirectUri: string, verifier: string, now = Date.now()): Promise<TokenOutcome> {
    if (!code || !redirectUri || !VERIFIER_PATTERN.test(verifier)) return refuse('invalid_request');
    const row = await this.codes.findOneBy({ codeHash: hashToken(code) });
    if (!row || row.clientId !== client.clientId) return refuse('invalid_grant');
    if (row.usedAt !== null) {
      await this.revokeFamily(row.familyId, now);
      return refuse('invalid_grant');
    }
    const challenge = Buffer.from(createHash('sha256').update(verifier).digest('base64url'));
    const pkceOk = challenge.length === row.codeChallenge.length && timingSafeEqual(challenge, Buffer.from(row.codeChallenge));
    if (row.expiresAt <= now || row.redirectUri !== redirectUri || !pkceOk) return refuse('invalid_grant');
    const claimed = await this.codes.update({ codeHash: row.codeHash, usedAt: IsNull() }, { usedAt: now });
    if (!claimed.affected) {
      await this.revokeFamily(row.familyId, now);
      return refuse('invalid_grant');
    }
    return this.issueUserTokens(row, now);
  }

  /** The `refresh_token` grant: rotates the token; a revoked token presented again revokes its whole family. */
  async refresh(client: OAuthClient, token: string, now = Date.now()): Promise<TokenOutcome> {
    if (!token) return refuse('invalid_request');
    const row = await this.refreshTokens.findOneBy({ tokenHash: hashToken(token) });
    if (!row || row.clientId !== client.clientId) return refuse('invalid_grant');
    if (row.revokedAt !== null) {
      await this.revokeFamily(row.familyId, now);
      return refuse('invalid_grant');
    }
    if (row.expiresAt <= now) return refuse('invalid_grant');
    const claimed = await this.refreshTokens.update({ tokenHash: row.tokenHash, revokedAt: IsNull() }, { revokedAt: now });
    if (!claimed.affected) {
      await this.revokeFamily(row.familyId, now);
      return refuse('invalid_grant');
    }
    return this.issueUserTokens(row, now);
  }

  /** The `client_credentials` grant of a confidential service client: `sub` is `service:<client_id>`. */
  async serviceToken(client: OAuthClient, now = Date.now()): Promise<TokenOutcome> {
    if (client.kind !== 'confidential' || !client.entityCode) return refuse('unauthorized_client');
    const { token, expiresIn } = await this.tokens.issue(
      { sub: `service:${client.clientId}`, clientId: client.clientId, roles: ['service'], entityRoles: { [client.entityCode]: ['service'] } },
      now,
    );
    return { ok: true, body: { access_token: token, token_type: 'Bearer', expires_in: expiresIn } };
  }

  /** Logout: revokes the family of `token` when it belongs to `client`; answers the same whether or not it existed (RFC 7009). */
  async logout(client: OAuthClient, token: string, now = Date.now()): Promise<void> {
    const row = token ? await this.refreshTokens.findOneBy({ tokenHash: hashToken(token) }) : null;
    if (row && row.clientId === client.clientId) await this.revokeFamily(row.familyId, now);
  }

  private async issueUserTokens(grant: { ci: string; clientId: string; amr: string; scope: string; familyId: string }, now: number): Promise<TokenOutcome> {
    const { roles, entityRoles } = await this.roles.getClaims(grant.ci);
    const { token, expiresIn } = await this.tokens.issue({ sub: grant.ci, clientId: grant.clientId, roles, entityRoles, amr: grant.amr.split(',') }, now);
    const refreshToken = randomBytes(32).toString('base64url');
    await this.refreshTokens.insert({
      tokenHash: hashToken(refreshToken),
      familyId: grant.familyId,
      clientId: grant.clientId,
      ci: grant.ci,
      amr: grant.amr,
      scope: grant.scope,
      expiresAt: now + TOKEN_LIFETIMES.refreshToken * 1000,
      revokedAt: null,
    });
    const body = { access_token: token, token_type: 'Bearer' as const, expires_in: expiresIn, refresh_token: refreshToken };
    return { ok: true, body: grant.scope ? { ...body, scope: grant.scope } : body };
  }

  private async revokeFamily(familyId: string, now: number): Promise<void> {
    await this.refreshTokens.update({ familyId, revokedAt: IsNull() }, { revokedAt: now });
  }
}

function refuse(code: 'invalid_request' | 'invalid_grant' | 'unauthorized_client'): TokenOutcome {
  return { ok: false, status: 400, error: createOAuthError(code) };
}
