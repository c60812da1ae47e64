import { forbiddenError, rule, type isGateway } from '@egob/subgraph-kit';
import type { IdentityContext } from '../identity-context';

/** A graphql-shield rule (the kit exports its rules but not their type: this names it). */
export type AccessRule = typeof isGateway;

/** Platform role of service accounts (client-credentials tokens of a subgraph or an entity's system). */
export const SERVICE_ROLE = 'service';

/**
 * Returns a rule that allows a service account (role `service`) acting for the entity
 * `entityOf(parent, args)` names: a service of another entity is refused.
 */
// Parents and arguments are whatever the guarded field has: each caller narrows them.
export function isServiceFor(entityOf: (parent: any, args: any) => string | null | undefined): AccessRule {
  return rule({ cache: 'strict' })((parent, args, ctx: IdentityContext) => {
    const request = ctx?.request;
    const entity = entityOf(parent, args);
    const allowed =
      request?.roles?.includes(SERVICE_ROLE) === true &&
      typeof entity === 'string' &&
      entity.length > 0 &&
      request.actingEntity === entity;
    return allowed ? true : forbiddenError();
  });
}
