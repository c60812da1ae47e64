import { forbiddenError, rule, type Rule } from '@egob/subgraph-kit';
import type { Citizen } from '../citizen/citizen.type';
import type { HealthContext } from '../health-context';
import { AFFILIATION_SCOPE, isClinicianRequest } from '../shared/health-roles';

/**
 * The affiliation: the citizen; any clinician; or the entity the request acts for when the
 * citizen granted it `health:affiliation` — the kit's isOwner ∨ hasEntityRole ∨ hasConsent,
 * asked in that order so identity is asked about consent only when the first two refuse
 * (graphql-shield's `or` would ask it on every read, clinicians' included). The subject is
 * compared with the CI directly: a CI is never the anonymous subject.
 */
export const mayReadAffiliation: Rule = rule({ cache: 'strict' })(async (citizen: Citizen, _args, ctx: HealthContext) => {
  const ci = citizen?.ci;
  if (typeof ci !== 'string' || ci.length === 0) return forbiddenError();
  if (ctx?.request?.subject === ci || isClinicianRequest(ctx)) return true;
  const entity = ctx?.request?.actingEntity;
  if (!entity) return forbiddenError();
  return (await ctx.consents.isGranted(ci, entity, AFFILIATION_SCOPE)) ? true : forbiddenError();
});
