import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { PUBLIC_TAG } from '@egob/subgraph-kit';
import { CaseMatter } from '../court/case-matter.enum';
import { CaseStatus, HearingKind, HearingStatus, RulingKind } from './case.enums';

/** The public part of a case: no parties, no CI, no summaries. */
@ObjectType({ description: 'Parte pública de una causa (seguimiento de causas): sin partes, sin cédulas y sin resúmenes. Público.' })
@Directive(PUBLIC_TAG)
export class PublicCase {
  @Field(() => ID, { description: 'Número de causa (p. ej. `LPZ-CIV-03-2025-000042`).' })
  @Directive(PUBLIC_TAG)
  number: string;

  @Field(() => CaseMatter, { description: 'Materia.' })
  @Directive(PUBLIC_TAG)
  matter: CaseMatter;

  @Field(() => CaseStatus, { description: 'Estado.' })
  @Directive(PUBLIC_TAG)
  status: CaseStatus;

  @Field({ description: 'Fecha de presentación (AAAA-MM-DD).' })
  @Directive(PUBLIC_TAG)
  filedOn: string;

  courtCode: string;
}

/** The public part of a hearing. */
@ObjectType({ description: 'Parte pública de una audiencia. Público.' })
@Directive(PUBLIC_TAG)
export class PublicHearing {
  @Field({ description: 'Inicio (UTC ISO-8601).' })
  @Directive(PUBLIC_TAG)
  startsAt: string;

  @Field(() => String, { nullable: true, description: 'Sala; null en materias reservadas (FAMILIA, NINEZ_ADOLESCENCIA).' })
  @Directive(PUBLIC_TAG)
  courtroom: string | null;

  @Field(() => HearingKind, { description: 'Tipo de audiencia.' })
  @Directive(PUBLIC_TAG)
  kind: HearingKind;

  @Field(() => HearingStatus, { description: 'Estado de la audiencia.' })
  @Directive(PUBLIC_TAG)
  status: HearingStatus;
}

/** The public part of a ruling. */
@ObjectType({ description: 'Parte pública de una resolución: fecha y tipo, sin su contenido. Público.' })
@Directive(PUBLIC_TAG)
export class PublicRuling {
  @Field({ description: 'Fecha de emisión (AAAA-MM-DD).' })
  @Directive(PUBLIC_TAG)
  issuedOn: string;

  @Field(() => RulingKind, { description: 'Tipo de resolución.' })
  @Directive(PUBLIC_TAG)
  kind: RulingKind;
}
