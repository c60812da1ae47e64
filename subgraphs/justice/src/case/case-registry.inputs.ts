import { Field, ID, InputType } from 'type-graphql';
import { CaseMatter } from '../court/case-matter.enum';
import { CaseStatus, HearingKind, PartyKind, PartyRole, RulingKind } from './case.enums';

/** What a clerk registers to open a case. */
@InputType({ description: 'Datos para registrar una causa.' })
export class RegisterCaseInput {
  @Field(() => ID, { description: 'Código del juzgado (p. ej. `LPZ-CIV-03`).' })
  courtCode: string;

  @Field(() => CaseMatter, { nullable: true, description: 'Materia; por defecto, la del juzgado.' })
  matter?: CaseMatter | null;

  @Field({ description: 'Fecha de presentación (AAAA-MM-DD), no posterior a hoy (hora de Bolivia).' })
  filedOn: string;

  @Field({ description: 'Resumen de la causa (1 a 1000 caracteres).' })
  summary: string;
}

/** A party a clerk adds to a case. */
@InputType({ description: 'Datos para registrar una parte en una causa.' })
export class AddPartyInput {
  @Field(() => ID, { description: 'Número de causa.' })
  caseNumber: string;

  @Field(() => PartyKind, { description: 'Persona natural (con cédula) o jurídica (con NIT).' })
  kind: PartyKind;

  @Field(() => PartyRole, { description: 'Calidad en que interviene.' })
  role: PartyRole;

  @Field({ description: 'Nombre completo o razón social (1 a 200 caracteres).' })
  name: string;

  @Field(() => ID, { nullable: true, description: 'Cédula de identidad (obligatoria para personas): 5 a 10 dígitos y, si corresponde, `-` y complemento.' })
  ci?: string | null;

  @Field(() => String, { nullable: true, description: 'NIT (obligatorio para personas jurídicas): 7 a 12 dígitos.' })
  nit?: string | null;
}

/** A hearing a clerk schedules. */
@InputType({ description: 'Datos para programar una audiencia.' })
export class ScheduleHearingInput {
  @Field(() => ID, { description: 'Número de causa.' })
  caseNumber: string;

  @Field({ description: 'Inicio, instante UTC ISO-8601 (p. ej. `2027-02-15T14:00:00Z`), posterior al momento actual.' })
  startsAt: string;

  @Field({ description: 'Sala del juzgado (1 a 60 caracteres, p. ej. «Sala 3»).' })
  courtroom: string;

  @Field(() => HearingKind, { description: 'Tipo de audiencia.' })
  kind: HearingKind;
}

/** A ruling a clerk records. */
@InputType({ description: 'Datos para registrar una resolución.' })
export class RecordRulingInput {
  @Field(() => ID, { description: 'Número de causa.' })
  caseNumber: string;

  @Field({ description: 'Fecha de emisión (AAAA-MM-DD), no posterior a hoy (hora de Bolivia).' })
  issuedOn: string;

  @Field(() => RulingKind, { description: 'Tipo de resolución; una SENTENCIA pasa la causa a RULED.' })
  kind: RulingKind;

  @Field({ description: 'Resumen de lo resuelto (1 a 1000 caracteres).' })
  summary: string;
}

/** A status change a clerk records. */
@InputType({ description: 'Datos para cambiar el estado de una causa.' })
export class SetCaseStatusInput {
  @Field(() => ID, { description: 'Número de causa.' })
  caseNumber: string;

  @Field(() => CaseStatus, { description: 'Nuevo estado.' })
  status: CaseStatus;
}
