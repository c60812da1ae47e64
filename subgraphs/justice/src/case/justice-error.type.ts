import { Field, ObjectType, registerEnumType } from 'type-graphql';

/** Why a clerk's operation was not done. */
export enum JusticeErrorCode {
  UNKNOWN_COURT = 'UNKNOWN_COURT',
  UNKNOWN_CASE = 'UNKNOWN_CASE',
  INVALID_DATE = 'INVALID_DATE',
  FILED_IN_FUTURE = 'FILED_IN_FUTURE',
  ISSUED_IN_FUTURE = 'ISSUED_IN_FUTURE',
  HEARING_IN_PAST = 'HEARING_IN_PAST',
  INVALID_COURTROOM = 'INVALID_COURTROOM',
  COURTROOM_TAKEN = 'COURTROOM_TAKEN',
  CASE_CLOSED = 'CASE_CLOSED',
  INVALID_SUMMARY = 'INVALID_SUMMARY',
  INVALID_NAME = 'INVALID_NAME',
  INVALID_CI = 'INVALID_CI',
  INVALID_NIT = 'INVALID_NIT',
  DUPLICATE_PARTY = 'DUPLICATE_PARTY',
}

registerEnumType(JusticeErrorCode, {
  name: 'JusticeErrorCode',
  description: 'Motivo por el que no se hizo una operación del despacho judicial (no se escribió nada).',
  valuesConfig: {
    UNKNOWN_COURT: { description: 'No existe un juzgado con ese código.' },
    UNKNOWN_CASE: { description: 'No existe una causa con ese número.' },
    INVALID_DATE: { description: 'La fecha (AAAA-MM-DD) o el instante (UTC ISO-8601) no es válido.' },
    FILED_IN_FUTURE: { description: 'La fecha de presentación es posterior a hoy (hora de Bolivia).' },
    ISSUED_IN_FUTURE: { description: 'La fecha de emisión de la resolución es posterior a hoy (hora de Bolivia).' },
    HEARING_IN_PAST: { description: 'El inicio de la audiencia no es posterior al momento actual.' },
    INVALID_COURTROOM: { description: 'Sala vacía o de más de 60 caracteres.' },
    COURTROOM_TAKEN: { description: 'La sala del juzgado ya tiene una audiencia no suspendida a esa hora.' },
    CASE_CLOSED: { description: 'La causa está archivada (ARCHIVED).' },
    INVALID_SUMMARY: { description: 'Resumen vacío o de más de 1000 caracteres.' },
    INVALID_NAME: { description: 'Nombre vacío o de más de 200 caracteres.' },
    INVALID_CI: { description: 'Falta la cédula de una persona, no tiene una forma válida, o se dio para una persona jurídica.' },
    INVALID_NIT: { description: 'Falta el NIT de una persona jurídica, no tiene una forma válida, o se dio para una persona natural.' },
    DUPLICATE_PARTY: { description: 'Esa cédula o ese NIT ya es parte de la causa.' },
  },
});

/** An expected failure of a clerk's mutation. */
@ObjectType({ description: 'Error esperado de una operación del despacho judicial.' })
export class JusticeError {
  @Field(() => JusticeErrorCode, { description: 'Código del error.' })
  code: JusticeErrorCode;

  @Field({ description: 'Mensaje para la persona usuaria.' })
  message: string;

  @Field(() => String, { nullable: true, description: 'Campo de la entrada que lo causó, si corresponde.' })
  field: string | null;
}
