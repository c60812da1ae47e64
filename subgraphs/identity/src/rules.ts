import { hasRole, isActingServant, isGateway, isOwner, isPlatformAdmin, isPublic, or, type RuleMap } from '@egob/subgraph-kit';
import type { Citizen } from './citizen/citizen.type';
import { SERVICE_ROLE } from './consent/service-role';
import type { ConsentLogEntry } from './consent/consent-log-entry.type';
import type { ConsentStatus } from './consent/consent-status.type';
import type { Consent } from './consent/consent.type';
import { isIssuingEntity } from './mailbox/is-issuing-entity.rule';
import type { Document } from './mailbox/document.type';
import { isReceiptIssuer } from './notifications/is-receipt-issuer.rule';

/** The citizen themself, or a platform admin (roles and servant links). */
const isOwnerOrPlatformAdmin = or(isOwner((citizen: Citizen) => citizen.ci), isPlatformAdmin);
/** A citizen's identity data: the citizen, a public servant acting for an entity, or a platform admin. */
const mayIdentify = or(isOwner((citizen: Citizen) => citizen.ci), isActingServant, isPlatformAdmin);
/** Looking a citizen up by CI: the same people (anyone else would learn whether a CI exists). */
const mayLookUp = or(isOwner((_parent: unknown, args: { ci?: string }) => args.ci), isActingServant, isPlatformAdmin);

/** A signed-in citizen (role `citizen` in the token) acting on their own account: the subject is the CI. */
const isSignedInCitizen = hasRole('citizen');

/** The citizen's own consents, consent log and mailbox. */
const isCitizenItself = isOwner((citizen: Citizen) => citizen.ci);
/** Mutations whose input names the citizen acting (grant, revoke, mark read): only that citizen. */
const isInputOwner = isOwner((_parent: unknown, args: { input?: { ci?: string } }) => args.input?.ci);
const isConsentOwner = isOwner((consent: Consent) => consent.ci);
const isConsentLogOwner = isOwner((entry: ConsentLogEntry) => entry.ci);
const isDocumentOwner = isOwner((document: Document) => document.ci);
/**
 * A consent status: the citizen, or any platform service account — subgraphs check, with
 * their service credentials, whether the entity a servant acts for holds a consent (the
 * kit's hasConsent). Each such check is itself an audited read of the citizen's data.
 */
const mayReadConsentStatus = or(isOwner((status: ConsentStatus) => status.ci), hasRole(SERVICE_ROLE));

/** Access rules of every field (deny by default); the README has them as a table. */
export const rules: RuleMap = {
  Query: {
    citizen: mayLookUp,
    // The whole register: platform admins only.
    citizens: isPlatformAdmin,
    consentStatus: or(isOwner((_parent: unknown, args: { ci?: string }) => args.ci), hasRole(SERVICE_ROLE)),
    verifyDocument: isPublic,
    issuerPublicKeys: isPublic,
    documentReceipt: isIssuingEntity,
  },
  Mutation: {
    grantConsent: isInputOwner,
    revokeConsent: isInputOwner,
    depositDocument: isIssuingEntity,
    markDocumentRead: isInputOwner,
    startTotpEnrollment: isSignedInCitizen,
    confirmTotpEnrollment: isSignedInCitizen,
    rotateSigningKeys: isPlatformAdmin,
    grantPlatformRole: isPlatformAdmin,
    revokePlatformRole: isPlatformAdmin,
    linkServant: isPlatformAdmin,
    unlinkServant: isPlatformAdmin,
  },
  Citizen: {
    ci: isGateway,
    ciNumber: mayIdentify,
    complement: mayIdentify,
    names: mayIdentify,
    firstSurname: mayIdentify,
    secondSurname: mayIdentify,
    fullName: mayIdentify,
    birthDate: mayIdentify,
    residence: mayIdentify,
    consents: isCitizenItself,
    consentLog: isCitizenItself,
    mailbox: isCitizenItself,
    roles: isOwnerOrPlatformAdmin,
    servantOf: isOwnerOrPlatformAdmin,
  },
  ServantLink: isGateway,
  AccountError: isGateway,
  StartTotpEnrollmentResult: isGateway,
  ConfirmTotpEnrollmentResult: isGateway,
  RotateSigningKeysResult: isGateway,
  PlatformRoleResult: isGateway,
  ServantLinkResult: isGateway,
  CitizenConnection: isGateway,
  PageInfo: isPublic,
  Territory: isPublic,
  PublicEntity: { code: isPublic },
  Consent: {
    id: isConsentOwner,
    entity: isConsentOwner,
    scope: isConsentOwner,
    grantedAt: isConsentOwner,
    expiresAt: isConsentOwner,
    revokedAt: isConsentOwner,
    active: isConsentOwner,
  },
  ConsentStatus: {
    granted: mayReadConsentStatus,
    expiresAt: mayReadConsentStatus,
    entity: mayReadConsentStatus,
    scope: mayReadConsentStatus,
  },
  ConsentLogEntry: {
    id: isConsentLogOwner,
    action: isConsentLogOwner,
    consentId: isConsentLogOwner,
    entity: isConsentLogOwner,
    scope: isConsentLogOwner,
    expiresAt: isConsentLogOwner,
    actor: isConsentLogOwner,
    requestId: isConsentLogOwner,
    occurredAt: isConsentLogOwner,
  },
  // Reached only through Citizen.consentLog / Citizen.mailbox, which only the citizen passes.
  ConsentLogConnection: { nodes: isGateway, pageInfo: isGateway, totalCount: isGateway },
  DocumentConnection: { nodes: isGateway, pageInfo: isGateway, totalCount: isGateway },
  // Results of mutations their rules already guarded; their objects carry their own rules.
  GrantConsentResult: { ok: isGateway, consent: isGateway, error: isGateway },
  RevokeConsentResult: { ok: isGateway, consent: isGateway, error: isGateway },
  ConsentError: { code: isGateway, message: isGateway, field: isGateway },
  DepositDocumentResult: { ok: isGateway, receipt: isGateway, error: isGateway },
  MarkDocumentReadResult: { ok: isGateway, document: isGateway, error: isGateway },
  MailboxError: { code: isGateway, message: isGateway, field: isGateway },
  Document: {
    id: isDocumentOwner,
    issuer: isDocumentOwner,
    kind: isDocumentOwner,
    title: isDocumentOwner,
    contentType: isDocumentOwner,
    content: isDocumentOwner,
    sha256: isDocumentOwner,
    issuedAt: isDocumentOwner,
    deliveredAt: isDocumentOwner,
    readAt: isDocumentOwner,
    exported: isDocumentOwner,
  },
  DocumentReceipt: {
    id: isReceiptIssuer,
    ci: isReceiptIssuer,
    issuer: isReceiptIssuer,
    kind: isReceiptIssuer,
    title: isReceiptIssuer,
    issuedAt: isReceiptIssuer,
    deliveredAt: isReceiptIssuer,
    readAt: isReceiptIssuer,
    exported: isReceiptIssuer,
  },
  DocumentVerification: { valid: isPublic, issuer: isPublic, issuedAt: isPublic, reason: isPublic },
  IssuerPublicKey: { keyId: isPublic, entity: isPublic, algorithm: isPublic, publicKeyPem: isPublic, createdAt: isPublic },
};
