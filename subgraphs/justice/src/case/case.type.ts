import { Field, ID, ObjectType } from 'type-graphql';
import { CaseMatter } from '../court/case-matter.enum';
import { CaseStatus, HearingKind, HearingStatus, PartyKind, PartyRole, RulingKind } from './case.enums';

/** A case (causa): readable by its person parties and by clerks. */
@ObjectType({ description: 'Causa judicial. Solo la ven sus partes (personas) y el personal de despacho judicial.' })
export class Case {
  @Field(() => ID, { description: 'Número de causa: `<juzgado>-<año>-<6 dígitos>` (p. ej. `LPZ-CIV-03-2025-000042`).' })
  number: string;

  @Field(() => CaseMatter, { description: 'Materia.' })
  matter: CaseMatter;

  @Field(() => CaseStatus, { description: 'Estado.' })
  status: CaseStatus;

  @Field({ description: 'Fecha de presentación (AAAA-MM-DD).' })
  filedOn: string;

  @Field(() => String, { nullable: true, description: 'Resumen de la causa (objeto del proceso).' })
  summary: string | null;
}

/** A party of a case. */
@ObjectType({ description: 'Parte procesal de una causa: persona natural o jurídica.' })
export class Party {
  @Field(() => ID, { description: 'Identificador de la parte en esta causa.' })
  id: string;

  @Field(() => PartyKind, { description: 'Persona natural o jurídica.' })
  kind: PartyKind;

  @Field(() => PartyRole, { description: 'Calidad en que interviene.' })
  role: PartyRole;

  @Field({ description: 'Nombre completo o razón social.' })
  name: string;

  @Field(() => ID, { nullable: true, description: 'Cédula de identidad (solo personas; la ven solo esa persona y el personal de despacho judicial).' })
  ci: string | null;

  @Field(() => String, { nullable: true, description: 'NIT (solo personas jurídicas).' })
  nit: string | null;
}

/** A hearing of a case. */
@ObjectType({ description: 'Audiencia de una causa.' })
export class Hearing {
  @Field(() => ID, { description: 'Identificador de la audiencia.' })
  id: string;

  @Field({ description: 'Inicio (UTC ISO-8601, p. ej. `2027-02-15T14:00:00.000Z`).' })
  startsAt: string;

  @Field({ description: 'Sala del juzgado (p. ej. «Sala 3»).' })
  courtroom: string;

  @Field(() => HearingKind, { description: 'Tipo de audiencia.' })
  kind: HearingKind;

  @Field(() => HearingStatus, { description: 'Estado de la audiencia.' })
  status: HearingStatus;
}

/** A ruling of a case. */
@ObjectType({ description: 'Resolución judicial dictada en una causa.' })
export class Ruling {
  @Field(() => ID, { description: 'Identificador de la resolución.' })
  id: string;

  @Field({ description: 'Fecha de emisión (AAAA-MM-DD).' })
  issuedOn: string;

  @Field(() => RulingKind, { description: 'Tipo de resolución.' })
  kind: RulingKind;

  @Field({ description: 'Resumen de lo resuelto.' })
  summary: string;
}
