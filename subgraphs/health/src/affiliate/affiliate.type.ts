import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { PublicEntity } from '../shared/public-entity.type';

/** Standing of an affiliation. */
export enum AffiliationStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  INACTIVE = 'INACTIVE',
}

registerEnumType(AffiliationStatus, {
  name: 'AffiliationStatus',
  description: 'Estado de la afiliación a un seguro público de salud.',
  valuesConfig: {
    ACTIVE: { description: 'Vigente: la persona recibe atención con cobertura.' },
    SUSPENDED: { description: 'Suspendida (p. ej. aportes patronales en mora).' },
    INACTIVE: { description: 'Dada de baja.' },
  },
});

/** A citizen's affiliation to a public insurer: administrative data only (no clinical data). */
@ObjectType({ description: 'Afiliación de la persona a un seguro público de salud (SUS o una Caja de salud): datos administrativos.' })
export class Affiliate {
  /** Whose affiliation it is (not a field: the Citizen carries the CI). */
  ci: string;

  @Field({ description: 'Número de afiliación o matrícula del asegurado.' })
  affiliationNumber: string;

  @Field(() => PublicEntity, { description: 'Entidad aseguradora: `MIN-SALUD` para el Sistema Único de Salud (SUS) o `CNS` para la Caja Nacional de Salud.' })
  insurer: PublicEntity;

  @Field(() => AffiliationStatus, { description: 'Estado de la afiliación.' })
  status: AffiliationStatus;

  @Field({ description: 'Fecha de afiliación (AAAA-MM-DD).' })
  since: string;

  @Field(() => String, { nullable: true, description: 'Empleador que aporta a la Caja; null en el SUS o sin empleador.' })
  employerName: string | null;
}
