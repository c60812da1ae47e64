import type { DataSource, Repository } from 'typeorm';
import { DECOY_PASSWORD_HASH, hashPassword, isPasswordMatch } from '../credentials/password-hash';
import { OAuthClientEntity } from './oauth-client.entity';
import { PORTAL_CLIENT_ID, SERVICE_CLIENTS } from './registered-clients';

/** An OAuth client as the flows use it. */
export interface OAuthClient {
  clientId: string;
  kind: 'public' | 'confidential';
  redirectUris: string[];
  entityCode: string | null;
}

/** Reads and authenticates OAuth clients; writes the registered ones (portal and service clients) from code and config. */
export class OAuthClientService {
  private readonly clients: Repository<OAuthClientEntity>;
  private synced: Promise<void> | undefined;

  constructor(
    dataSource: DataSource,
    private readonly portalRedirectUri: string,
    private readonly serviceSecrets: Readonly<Record<string, string>>,
  ) {
    this.clients = dataSource.getRepository(OAuthClientEntity);
  }

  /** Writes the registered clients once per process: the portal, and each service client whose secret is configured (hash refreshed when the secret changed). */
  ensureRegistered(): Promise<void> {
    this.synced ??= (async () => {
      await this.upsert({ clientId: PORTAL_CLIENT_ID, kind: 'public', secretHash: null, redirectUris: this.portalRedirectUri, entityCode: null });
      for (const { clientId, entityCode } of SERVICE_CLIENTS) {
        const secret = this.serviceSecrets[clientId];
        if (!secret) continue;
        const existing = await this.clients.findOneBy({ clientId });
        const secretHash = existing?.secretHash && (await isPasswordMatch(secret, existing.secretHash)) ? existing.secretHash : await hashPassword(secret);
        await this.upsert({ clientId, kind: 'confidential', secretHash, redirectUris: '', entityCode });
      }
    })();
    return this.synced;
  }

  /** Returns the client `clientId`, or null. */
  async findClient(clientId: string): Promise<OAuthClient | null> {
    await this.ensureRegistered();
    const row = clientId ? await this.clients.findOneBy({ clientId }) : null;
    return row ? { clientId: row.clientId, kind: row.kind, redirectUris: row.redirectUris.split(' ').filter(Boolean), entityCode: row.entityCode } : null;
  }

  /** Returns the confidential client when `secret` is its secret, else null (unknown clients take as long as wrong secrets). */
  async authenticateConfidential(clientId: string, secret: string): Promise<OAuthClient | null> {
    await this.ensureRegistered();
    const row = clientId ? await this.clients.findOneBy({ clientId }) : null;
    const matches = await isPasswordMatch(secret, row?.secretHash ?? DECOY_PASSWORD_HASH);
    if (!row || row.kind !== 'confidential' || !matches) return null;
    return { clientId: row.clientId, kind: row.kind, redirectUris: [], entityCode: row.entityCode };
  }

  private async upsert(row: OAuthClientEntity): Promise<void> {
    if (await this.clients.existsBy({ clientId: row.clientId })) await this.clients.update({ clientId: row.clientId }, row);
    else await this.clients.insert(row);
  }
}
