import { Field, ObjectType } from 'type-graphql';
import { HealthError } from '../shared/health-error.type';
import { Encounter } from './encounter.type';
import { FollowUp } from './follow-up.type';
import { Referral } from './referral.type';

/** Outcome of recordEncounter. */
@ObjectType({ description: 'Resultado de registrar una consulta.' })
export class RecordEncounterResult {
  @Field({ description: 'Se registró la consulta.' })
  ok: boolean;

  @Field(() => Encounter, { nullable: true, description: 'La consulta registrada; null si hubo error.' })
  encounter: Encounter | null;

  @Field(() => HealthError, { nullable: true, description: 'El error; null si se registró.' })
  error: HealthError | null;
}

/** Outcome of referPatient. */
@ObjectType({ description: 'Resultado de emitir una referencia.' })
export class ReferPatientResult {
  @Field({ description: 'Se emitió la referencia.' })
  ok: boolean;

  @Field(() => Referral, { nullable: true, description: 'La referencia emitida; null si hubo error.' })
  referral: Referral | null;

  @Field(() => HealthError, { nullable: true, description: 'El error; null si se emitió.' })
  error: HealthError | null;
}

/** Outcome of scheduleFollowUp. */
@ObjectType({ description: 'Resultado de programar un seguimiento.' })
export class ScheduleFollowUpResult {
  @Field({ description: 'Se programó el seguimiento.' })
  ok: boolean;

  @Field(() => FollowUp, { nullable: true, description: 'El seguimiento programado; null si hubo error.' })
  followUp: FollowUp | null;

  @Field(() => HealthError, { nullable: true, description: 'El error; null si se programó.' })
  error: HealthError | null;
}
