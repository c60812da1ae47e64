import { Field, ObjectType } from 'type-graphql';
import { Case, Hearing, Party, Ruling } from './case.type';
import { JusticeError } from './justice-error.type';

/** Outcome of registerCase. */
@ObjectType({ description: 'Resultado de registrar una causa.' })
export class RegisterCaseResult {
  @Field({ description: 'Se registró la causa.' })
  ok: boolean;

  @Field(() => Case, { nullable: true, description: 'La causa registrada, con su número; null si hubo error.' })
  case: Case | null;

  @Field(() => JusticeError, { nullable: true, description: 'El error; null si se registró.' })
  error: JusticeError | null;
}

/** Outcome of addParty. */
@ObjectType({ description: 'Resultado de registrar una parte en una causa.' })
export class AddPartyResult {
  @Field({ description: 'Se registró la parte.' })
  ok: boolean;

  @Field(() => Party, { nullable: true, description: 'La parte registrada; null si hubo error.' })
  party: Party | null;

  @Field(() => JusticeError, { nullable: true, description: 'El error; null si se registró.' })
  error: JusticeError | null;
}

/** Outcome of scheduleHearing. */
@ObjectType({ description: 'Resultado de programar una audiencia.' })
export class ScheduleHearingResult {
  @Field({ description: 'Se programó la audiencia.' })
  ok: boolean;

  @Field(() => Hearing, { nullable: true, description: 'La audiencia programada; null si hubo error.' })
  hearing: Hearing | null;

  @Field(() => JusticeError, { nullable: true, description: 'El error; null si se programó.' })
  error: JusticeError | null;
}

/** Outcome of recordRuling. */
@ObjectType({ description: 'Resultado de registrar una resolución.' })
export class RecordRulingResult {
  @Field({ description: 'Se registró la resolución.' })
  ok: boolean;

  @Field(() => Ruling, { nullable: true, description: 'La resolución registrada; null si hubo error.' })
  ruling: Ruling | null;

  @Field(() => JusticeError, { nullable: true, description: 'El error; null si se registró.' })
  error: JusticeError | null;
}

/** Outcome of setCaseStatus. */
@ObjectType({ description: 'Resultado de cambiar el estado de una causa.' })
export class SetCaseStatusResult {
  @Field({ description: 'Se cambió el estado.' })
  ok: boolean;

  @Field(() => Case, { nullable: true, description: 'La causa con su nuevo estado; null si hubo error.' })
  case: Case | null;

  @Field(() => JusticeError, { nullable: true, description: 'El error; null si se cambió.' })
  error: JusticeError | null;
}
