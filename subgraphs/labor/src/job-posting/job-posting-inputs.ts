import { Field, InputType, Int } from 'type-graphql';
import { EmployerInput } from '../employer/employer.type';
import { TitleKind } from './title-kind';

/** A job offer an employer or an inspector publishes. */
@InputType({ description: 'Oferta de empleo a publicar.' })
export class PublishJobPostingInput {
  @Field({ description: 'Título del puesto (1 a 120 caracteres).' })
  title: string;

  @Field({ defaultValue: '', description: 'Descripción (hasta 2000 caracteres).' })
  description: string;

  @Field(() => EmployerInput, { description: 'Empleador: la entidad por la que actúa (entityCode) o, solo un inspector, una empresa (nit y name).' })
  employer: EmployerInput;

  @Field({ description: 'Código INE de 6 dígitos del municipio del puesto (p. ej. `020101`).' })
  territoryCode: string;

  @Field(() => TitleKind, { nullable: true, description: 'Título mínimo exigido; omítalo si no exige título.' })
  requiredTitle?: TitleKind | null;

  @Field(() => Int, { defaultValue: 0, description: 'Experiencia mínima en meses (0 a 600).' })
  minimumExperienceMonths: number;

  @Field(() => String, { nullable: true, description: 'Fecha de publicación (AAAA-MM-DD); por omisión, hoy (hora de Bolivia).' })
  publishedOn?: string | null;

  @Field({ description: 'Último día para postular (AAAA-MM-DD), no anterior a la publicación.' })
  closesOn: string;
}
