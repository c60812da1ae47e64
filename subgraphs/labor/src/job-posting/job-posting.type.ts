import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection, PUBLIC_TAG } from '@egob/subgraph-kit';
import { Employer } from '../employer/employer.type';
import { Territory } from '../territory/territory.type';
import { TitleKind } from './title-kind';

/** A job offer of the bolsa de trabajo: public. */
@ObjectType({ description: 'Oferta de empleo de la bolsa de trabajo del Ministerio de Trabajo. Pública.' })
@Directive(PUBLIC_TAG)
export class JobPosting {
  @Field(() => ID, { description: 'Identificador de la oferta.' })
  @Directive(PUBLIC_TAG)
  id: string;

  @Field({ description: 'Título del puesto (p. ej. «Analista de sistemas»).' })
  @Directive(PUBLIC_TAG)
  title: string;

  @Field({ description: 'Descripción del puesto y sus funciones.' })
  @Directive(PUBLIC_TAG)
  description: string;

  @Field(() => Employer, { description: 'Quién ofrece el empleo.' })
  @Directive(PUBLIC_TAG)
  employer: Employer;

  @Field(() => Territory, { description: 'Municipio del puesto de trabajo.' })
  @Directive(PUBLIC_TAG)
  territory: Territory;

  @Field(() => TitleKind, { nullable: true, description: 'Título mínimo exigido; null si no exige título.' })
  @Directive(PUBLIC_TAG)
  requiredTitle: TitleKind | null;

  @Field(() => Int, { description: 'Experiencia mínima, en meses.' })
  @Directive(PUBLIC_TAG)
  minimumExperienceMonths: number;

  @Field({ description: 'Fecha de publicación (AAAA-MM-DD).' })
  @Directive(PUBLIC_TAG)
  publishedOn: string;

  @Field({ description: 'Último día para postular (AAAA-MM-DD, inclusive).' })
  @Directive(PUBLIC_TAG)
  closesOn: string;

  @Field({ description: 'La oferta admite postulaciones hoy (hora de Bolivia): publicada y aún no cerrada.' })
  @Directive(PUBLIC_TAG)
  open: boolean;
}

/** A page of job postings. */
@ObjectType({ description: 'Página de ofertas de empleo.' })
@Directive(PUBLIC_TAG)
export class JobPostingConnection extends Connection(JobPosting, { public: true }) {}
