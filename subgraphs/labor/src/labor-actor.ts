/** Role of the Ministry of Labour's inspectors: any employer's records. */
export const INSPECTOR_ROLE = 'labor:inspector';

/** Role of an employer's human resources staff: their own entity's records. */
export const EMPLOYER_ROLE = 'labor:employer';

/** Who is writing, as the context token says (the rules already required one of the two roles). */
export interface LaborActor {
  roles: readonly string[];
  actingEntity: string | null;
}

/** Is the actor a labour inspector (acting for an entity)? */
export function isInspector(actor: LaborActor): boolean {
  return actor.roles.includes(INSPECTOR_ROLE) && actor.actingEntity !== null && actor.actingEntity.length > 0;
}

/** May the actor write for the employer entity `entityCode` (null: a company)? Inspectors: any; employers: their own entity only. */
export function mayActForEmployer(actor: LaborActor, entityCode: string | null): boolean {
  if (isInspector(actor)) return true;
  return actor.roles.includes(EMPLOYER_ROLE) && entityCode !== null && actor.actingEntity === entityCode;
}
