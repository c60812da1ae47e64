import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { HealthFacility } from '../facility/facility.type';
import { Diagnosis } from './encounter.type';

/** Direction of a referral between levels of care. */
export enum ReferralKind {
  REFERRAL = 'REFERRAL',
  COUNTER_REFERRAL = 'COUNTER_REFERRAL',
}

registerEnumType(ReferralKind, {
  name: 'ReferralKind',
  description: 'Referencia (a un nivel de atención superior) o contrarreferencia (de vuelta a uno inferior).',
  valuesConfig: {
    REFERRAL: { description: 'Referencia: a un establecimiento de nivel superior.' },
    COUNTER_REFERRAL: { description: 'Contrarreferencia: de vuelta a un establecimiento de nivel inferior.' },
  },
});

/** Where a referral stands. */
export enum ReferralStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  COMPLETED = 'COMPLETED',
}

registerEnumType(ReferralStatus, {
  name: 'ReferralStatus',
  description: 'Estado de una referencia.',
  valuesConfig: {
    PENDING: { description: 'Emitida; el establecimiento de destino aún no recibió a la persona.' },
    ACCEPTED: { description: 'El destino abrió una atención a la persona.' },
    COMPLETED: { description: 'El destino registró una consulta.' },
  },
});

/** A referral or counter-referral of the clinical record. */
@ObjectType({ description: 'Referencia o contrarreferencia entre establecimientos de distinto nivel de atención.' })
export class Referral {
  @Field(() => ID, { description: 'Identificador de la referencia.' })
  id: string;

  ci: string;
  fromFacilityCode: string;
  toFacilityCode: string;

  @Field(() => ReferralKind, { description: 'Referencia o contrarreferencia.' })
  kind: ReferralKind;

  @Field(() => HealthFacility, { description: 'Establecimiento de origen.' })
  from?: HealthFacility;

  @Field(() => HealthFacility, { description: 'Establecimiento de destino.' })
  to?: HealthFacility;

  @Field({ description: 'Motivo de la referencia.' })
  reason: string;

  @Field(() => Diagnosis, { nullable: true, description: 'Diagnóstico presuntivo (CIE-10); null si no se indicó.' })
  diagnosis: Diagnosis | null;

  @Field({ description: 'Cuándo se emitió (UTC, ISO-8601).' })
  createdAt: string;

  @Field(() => ReferralStatus, { description: 'Estado.' })
  status: ReferralStatus;
}
