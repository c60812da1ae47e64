import { forbiddenError, rule } from '@egob/subgraph-kit';
import { SERVICE_ROLE, type AccessRule } from '../consent/service-role';
import type { IdentityContext } from '../identity-context';

/** Is `roles` allowed to issue documents: a service account, or an entity role ending in `:registrar` or `:issuer`? */
export function isIssuingRole(roles: readonly string[]): boolean {
  return roles.some((role) => role === SERVICE_ROLE || role.endsWith(':registrar') || role.endsWith(':issuer'));
}

/**
 * Allows callers that issue documents for an entity: an acting entity, and the role
 * `service` or an entity role ending in `:registrar` or `:issuer`.
 */
export const isIssuingEntity: AccessRule = rule({ cache: 'contextual' })((_parent, _args, ctx: IdentityContext) => {
  const request = ctx?.request;
  const allowed = typeof request?.actingEntity === 'string' && request.actingEntity.length > 0 && isIssuingRole(request.roles ?? []);
  return allowed ? true : forbiddenError();
});
