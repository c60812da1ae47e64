import { forbiddenError, rule, type Rule } from '@egob/subgraph-kit';
import type { Citizen } from '../citizen/citizen.type';
import type { HealthContext } from '../health-context';
import { attendingKey } from '../loaders';
import { isClinicianRequest } from '../shared/health-roles';

/**
 * A clinician (entity role `health:clinician`) who is staff of a facility where the citizen
 * has an open attention now: one statement per request through the `attending` loader.
 */
export const isAttendingClinician: Rule = rule({ cache: 'strict' })(async (citizen: Citizen, _args, ctx: HealthContext) => {
  if (!isClinicianRequest(ctx) || typeof citizen?.ci !== 'string') return forbiddenError();
  return (await ctx.loaders.attending.load(attendingKey(ctx.request.subject, citizen.ci))) ? true : forbiddenError();
});
