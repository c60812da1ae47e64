import type { DataSource } from 'typeorm';
import { loadIdentityConfig, type IdentityConfig } from '../config';
import { CredentialService } from '../credentials/credential.service';
import { OAuthClientService } from '../oauth/oauth-client.service';
import { OAuthService } from '../oauth/oauth.service';
import { RolesService } from '../servants/roles.service';
import { AccessTokenIssuer } from './access-token.issuer';
import { SigningKeyService } from './signing-key.service';

/** The login part of identity's services: credentials, roles, keys, clients and the OAuth grants. */
export interface LoginServices {
  identityConfig: IdentityConfig;
  credentials: CredentialService;
  roles: RolesService;
  keys: SigningKeyService;
  clients: OAuthClientService;
  oauth: OAuthService;
}

/** Returns the login services; throws a ConfigError on a bad identity variable (`mode` is EGOB_MODE). */
export function createLoginServices(dataSource: DataSource, mode: string): LoginServices {
  const identityConfig = loadIdentityConfig(mode);
  const credentials = new CredentialService(dataSource);
  const roles = new RolesService(dataSource);
  const keys = new SigningKeyService(dataSource, identityConfig.keyEncryptionKey);
  const clients = new OAuthClientService(dataSource, identityConfig.portalRedirectUri, identityConfig.serviceClientSecrets);
  const oauth = new OAuthService(dataSource, credentials, roles, new AccessTokenIssuer(keys, identityConfig.issuer));
  return { identityConfig, credentials, roles, keys, clients, oauth };
}
