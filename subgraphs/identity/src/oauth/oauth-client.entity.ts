import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Table `oauth_client`: an application allowed to obtain tokens. */
@Entity({ name: 'oauth_client' })
export class OAuthClientEntity {
  @PrimaryColumn({ name: 'client_id', type: 'varchar', length: 60 })
  clientId: string;

  /** `public` (browser app, PKCE, no secret) or `confidential` (service with a secret). */
  @Column({ type: 'varchar', length: 12 })
  kind: 'public' | 'confidential';

  /** scrypt hash of the secret (confidential clients only). */
  @Column({ name: 'secret_hash', type: 'varchar', length: 200, nullable: true })
  secretHash: string | null;

  /** Exact redirect URIs allowed, separated by spaces. */
  @Column({ name: 'redirect_uris', type: 'varchar', length: 1000, default: '' })
  redirectUris: string;

  /** PublicEntity a service client acts for. */
  @Column({ name: 'entity_code', type: 'varchar', length: 40, nullable: true })
  entityCode: string | null;
}
