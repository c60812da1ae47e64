import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Employer } from '../employer/employer.type';

/** Whether the employer's social security contributions for this job are up to date. */
export enum ContributionsStatus {
  AL_DIA = 'AL_DIA',
  EN_MORA = 'EN_MORA',
  SIN_APORTES = 'SIN_APORTES',
}

registerEnumType(ContributionsStatus, {
  name: 'ContributionsStatus',
  description: 'Estado de los aportes a la seguridad social de largo plazo de un empleo.',
  valuesConfig: {
    AL_DIA: { description: 'Aportes al día.' },
    EN_MORA: { description: 'El empleador tiene aportes en mora.' },
    SIN_APORTES: { description: 'Sin aportes registrados.' },
  },
});

/** One job of a citizen (personal data: audited). */
@ObjectType({ description: 'Un empleo de la persona en el registro laboral: empleador, cargo, periodo y estado de aportes.' })
export class Employment {
  /** Whose employment it is (not a field: the rules and the audit read it). */
  ci: string;

  /** Code of the entity that registered it (not a field: the employer's rule reads it). */
  registeredBy: string;

  @Field(() => ID, { description: 'Identificador del registro laboral.' })
  id: string;

  @Field(() => Employer, { description: 'Empleador.' })
  employer: Employer;

  @Field({ description: 'Cargo.' })
  position: string;

  @Field({ description: 'Fecha de inicio (AAAA-MM-DD).' })
  startDate: string;

  @Field(() => String, { nullable: true, description: 'Fecha de finalización (AAAA-MM-DD); null si el empleo sigue vigente.' })
  endDate: string | null;

  @Field(() => ContributionsStatus, { description: 'Estado de los aportes a la seguridad social.' })
  contributionsStatus: ContributionsStatus;
}
