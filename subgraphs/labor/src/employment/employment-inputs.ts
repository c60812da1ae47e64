import { Field, ID, InputType } from 'type-graphql';
import { EmployerInput } from '../employer/employer.type';
import { ContributionsStatus } from './employment.type';

/** A job an employer or a labour inspector registers. */
@InputType({ description: 'Empleo a registrar en el registro laboral.' })
export class RegisterEmploymentInput {
  @Field(() => ID, { description: 'Cédula de identidad de la persona empleada.' })
  ci: string;

  @Field(() => EmployerInput, { description: 'Empleador: una entidad pública (entityCode) o una empresa (nit y name).' })
  employer: EmployerInput;

  @Field({ description: 'Cargo (1 a 120 caracteres).' })
  position: string;

  @Field({ description: 'Fecha de inicio (AAAA-MM-DD), no posterior a hoy.' })
  startDate: string;

  @Field(() => String, { nullable: true, description: 'Fecha de finalización (AAAA-MM-DD), no anterior al inicio; omítala si el empleo sigue vigente.' })
  endDate?: string | null;

  @Field(() => ContributionsStatus, { nullable: true, description: 'Estado de los aportes; por omisión `AL_DIA`.' })
  contributionsStatus?: ContributionsStatus | null;
}

/** The end of a current job. */
@InputType({ description: 'Finalización de un empleo vigente.' })
export class EndEmploymentInput {
  @Field(() => ID, { description: 'Identificador del registro laboral.' })
  id: string;

  @Field({ description: 'Fecha de finalización (AAAA-MM-DD), no anterior al inicio.' })
  endDate: string;
}
