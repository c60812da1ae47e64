import { forbiddenError, rule } from '@egob/subgraph-kit';
import type { AccessRule } from '../consent/service-role';
import type { IdentityContext } from '../identity-context';
import { isIssuingRole } from '../mailbox/is-issuing-entity.rule';
import type { DocumentReceipt } from './document-receipt.type';

/** Allows a receipt's fields only to callers issuing for the receipt's issuer entity. */
export const isReceiptIssuer: AccessRule = rule({ cache: 'strict' })((receipt: DocumentReceipt, _args, ctx: IdentityContext) => {
  const request = ctx?.request;
  const allowed = request?.actingEntity === receipt?.issuer?.code && isIssuingRole(request?.roles ?? []);
  return allowed ? true : forbiddenError();
});
