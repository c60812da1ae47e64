import { Field, ObjectType } from 'type-graphql';
import { Encounter } from './encounter.type';
import { FollowUp } from './follow-up.type';
import { Referral } from './referral.type';

/** A citizen's whole clinical record, from every facility. */
@ObjectType({ description: 'Historia clínica única de la persona: todas sus consultas, referencias y seguimientos, de todos los establecimientos.' })
export class HealthRecord {
  /** Whose record it is. */
  ci: string;

  @Field(() => [Encounter], { description: 'Todas las consultas, de la más reciente a la más antigua.' })
  encounters?: Encounter[];

  @Field(() => [Referral], { description: 'Referencias y contrarreferencias, de la más reciente a la más antigua.' })
  referrals?: Referral[];

  @Field(() => [FollowUp], { description: 'Seguimientos, por fecha prevista (la más próxima primero).' })
  followUps?: FollowUp[];
}
