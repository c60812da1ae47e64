import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { HealthFacility } from '../facility/facility.type';
import { Encounter } from './encounter.type';

/** Where a follow-up stands. */
export enum FollowUpStatus {
  SCHEDULED = 'SCHEDULED',
  DONE = 'DONE',
  MISSED = 'MISSED',
}

registerEnumType(FollowUpStatus, {
  name: 'FollowUpStatus',
  description: 'Estado de un seguimiento posterior a la recuperación.',
  valuesConfig: {
    SCHEDULED: { description: 'Programado.' },
    DONE: { description: 'Realizado: el establecimiento registró una consulta.' },
    MISSED: { description: 'No realizado: pasó la fecha (hora de Bolivia) sin consulta.' },
  },
});

/** A post-recovery follow-up of the clinical record. */
@ObjectType({ description: 'Seguimiento posterior a la recuperación, programado a partir de una consulta.' })
export class FollowUp {
  @Field(() => ID, { description: 'Identificador del seguimiento.' })
  id: string;

  ci: string;
  encounterId: string;
  facilityCode: string;

  @Field(() => Encounter, { description: 'Consulta que lo originó.' })
  encounter?: Encounter;

  @Field(() => HealthFacility, { description: 'Establecimiento donde se hará.' })
  facility?: HealthFacility;

  @Field({ description: 'Fecha prevista (AAAA-MM-DD).' })
  dueDate: string;

  @Field({ description: 'Indicaciones (puede estar vacío).' })
  notes: string;

  @Field(() => FollowUpStatus, { description: 'Estado.' })
  status: FollowUpStatus;
}
