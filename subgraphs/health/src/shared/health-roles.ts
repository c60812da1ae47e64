import type { HealthContext } from '../health-context';

/** Entity role of the clinicians (MIN-SALUD's demo accounts 3000001 and 3000007 have it). */
export const CLINICIAN_ROLE = 'health:clinician';
/** Consent scope an entity needs to see a citizen's affiliation (employers, MIN-TRABAJO). */
export const AFFILIATION_SCOPE = 'health:affiliation';

/** Is the request a clinician acting for an entity (the kit's hasEntityRole, as a plain test)? */
export function isClinicianRequest(ctx: HealthContext): boolean {
  const request = ctx?.request;
  return request?.roles?.includes(CLINICIAN_ROLE) === true && typeof request.actingEntity === 'string' && request.actingEntity.length > 0;
}
