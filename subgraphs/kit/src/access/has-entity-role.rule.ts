import { rule, type IRule } from 'graphql-shield';
import { forbiddenError } from '../schema/rules';
import type { SubgraphContext } from '../subgraph-context';

/**
 * Returns a rule that allows a public servant acting for an entity with the entity role
 * `role` (e.g. `health:clinician`): the roles include it AND the request names an acting entity.
 */
export function hasEntityRole(role: string): IRule {
  return rule({ cache: 'contextual' })((_parent, _args, ctx: SubgraphContext) => {
    const request = ctx?.request;
    const allowed = request?.roles?.includes(role) === true && typeof request.actingEntity === 'string' && request.actingEntity.length > 0;
    return allowed ? true : forbiddenError();
  });
}

/**
 * A public servant acting for an entity with any entity role (`<area>:<role>`, not the
 * platform's `service`): the people who identify citizens to attend them.
 */
export const isActingServant: IRule = rule({ cache: 'contextual' })((_parent, _args, ctx: SubgraphContext) => {
  const request = ctx?.request;
  const acting = typeof request?.actingEntity === 'string' && request.actingEntity.length > 0;
  return acting && request.roles.some((role) => /^[a-z][a-z0-9-]*:[a-z][a-z0-9-]*$/.test(role)) ? true : forbiddenError();
});
