import { rule, type IRule } from 'graphql-shield';
import { forbiddenError } from '../schema/rules';
import type { SubgraphContext } from '../subgraph-context';
import type { CiOf } from './is-owner.rule';

/**
 * Returns a rule that allows the entity a request acts for when the citizen whose data
 * it is (`ciOf`) has granted that entity `scope` (e.g. `education:titles`) and the grant
 * is active — asked to identity through the gateway (see createConsentChecker).
 */
export function hasConsent(scope: string, ciOf: CiOf): IRule {
  return rule({ cache: 'strict' })(async (parent, args, ctx: SubgraphContext) => {
    const entity = ctx?.request?.actingEntity;
    const ci = ciOf(parent, args);
    if (!entity || typeof ci !== 'string' || ci.length === 0) return forbiddenError();
    return (await ctx.consents.isGranted(ci, entity, scope)) ? true : forbiddenError();
  });
}
