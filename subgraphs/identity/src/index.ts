import { defineSubgraph } from '@egob/subgraph-kit';
import { CitizenEntity } from './citizen/citizen.entity';
import { CitizenResolver } from './citizen/citizen.resolver';
import type { Citizen } from './citizen/citizen.type';
import { CreateCitizen1732600000000 } from './migrations/1732600000000-create-citizen';
import { CredentialEntity } from './credentials/credential.entity';
import { TotpResolver } from './credentials/totp.resolver';
import { SigningKeyEntity } from './auth/signing-key.entity';
import { SigningKeyResolver } from './auth/signing-key.resolver';
import { CreateLoginTables1764600000000 } from './migrations/1764600000000-create-login-tables';
import { AuthorizationCodeEntity } from './oauth/authorization-code.entity';
import { OAuthClientEntity } from './oauth/oauth-client.entity';
import { createOAuthListener } from './oauth/oauth.listener';
import { createOAuthRouter } from './oauth/oauth.router';
import { RefreshTokenEntity } from './oauth/refresh-token.entity';
import { PlatformRoleEntity } from './servants/platform-role.entity';
import { RolesResolver } from './servants/roles.resolver';
import { ServantLinkEntity } from './servants/servant-link.entity';
import { rules } from './rules';
import { seed } from './seed';
import { createLoaders, createServices } from './services';
import type { IdentityContext } from './identity-context';
import { CitizenConsentsResolver } from './consent/citizen-consents.resolver';
import { ConsentLogEntity } from './consent/consent-log.entity';
import type { ConsentLogEntry } from './consent/consent-log-entry.type';
import type { ConsentStatus } from './consent/consent-status.type';
import { ConsentEntity } from './consent/consent.entity';
import { ConsentResolver } from './consent/consent.resolver';
import type { Consent } from './consent/consent.type';
import { CitizenMailboxResolver } from './mailbox/citizen-mailbox.resolver';
import type { Document } from './mailbox/document.type';
import { IssuerKeyEntity } from './mailbox/issuer-key.entity';
import { MailboxDocumentEntity } from './mailbox/mailbox-document.entity';
import { MailboxResolver } from './mailbox/mailbox.resolver';
import { CreateConsentAndMailbox1764650000000 } from './migrations/1764650000000-create-consent-and-mailbox';
import type { DocumentReceipt } from './notifications/document-receipt.type';
import { ReadReceiptResolver } from './notifications/read-receipt.resolver';

/** The identity subgraph (Ciudadanía Digital): citizens keyed by CI. */
export default defineSubgraph({
  name: 'identity',
  owner: 'AGETIC',
  port: 4100,
  entities: [CitizenEntity, ConsentEntity, ConsentLogEntity, IssuerKeyEntity, MailboxDocumentEntity,
    CredentialEntity, PlatformRoleEntity, ServantLinkEntity, OAuthClientEntity, AuthorizationCodeEntity, RefreshTokenEntity, SigningKeyEntity],
  migrations: [CreateCitizen1732600000000, CreateLoginTables1764600000000, CreateConsentAndMailbox1764650000000],
  resolvers: [CitizenResolver, ConsentResolver, CitizenConsentsResolver, MailboxResolver, CitizenMailboxResolver, ReadReceiptResolver,
    RolesResolver, TotpResolver, SigningKeyResolver],
  references: {
    Citizen: (reference: { ci: string }, ctx: IdentityContext) => ctx.loaders.citizenByCi.load(reference.ci),
  },
  rules,
  personalData: {
    Citizen: (citizen: Citizen) => citizen.ci,
    Consent: (consent: Consent) => consent.ci,
    ConsentLogEntry: (entry: ConsentLogEntry) => entry.ci,
    ConsentStatus: (status: ConsentStatus) => status.ci,
    Document: (document: Document) => document.ci,
    DocumentReceipt: (receipt: DocumentReceipt) => receipt.ci,
  },
  services: createServices,
  loaders: createLoaders,
  seed,
  // Discovery, JWKS, authorize, token and logout: one OAuth router on identity's own port.
  middleware: ({ services, logger }) =>
    createOAuthListener(createOAuthRouter(services), (error) => logger.error({ err: error }, 'OAuth endpoint failed')),
});
