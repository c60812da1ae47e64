import { Field, ObjectType, registerEnumType } from 'type-graphql';

/** Why a health mutation did nothing. */
export enum HealthErrorCode {
  INVALID_CI = 'INVALID_CI',
  UNKNOWN_FACILITY = 'UNKNOWN_FACILITY',
  NOT_STAFF_OF_FACILITY = 'NOT_STAFF_OF_FACILITY',
  UNKNOWN_ATTENTION = 'UNKNOWN_ATTENTION',
  ATTENTION_ALREADY_CLOSED = 'ATTENTION_ALREADY_CLOSED',
  NO_OPEN_ATTENTION = 'NO_OPEN_ATTENTION',
  INVALID_DIAGNOSIS = 'INVALID_DIAGNOSIS',
  TOO_MANY_DIAGNOSES = 'TOO_MANY_DIAGNOSES',
  INVALID_REASON = 'INVALID_REASON',
  INVALID_OCCURRED_AT = 'INVALID_OCCURRED_AT',
  INVALID_PRESCRIPTION = 'INVALID_PRESCRIPTION',
  INVALID_NOTES = 'INVALID_NOTES',
  SAME_LEVEL_OF_CARE = 'SAME_LEVEL_OF_CARE',
  UNKNOWN_ENCOUNTER = 'UNKNOWN_ENCOUNTER',
  INVALID_DUE_DATE = 'INVALID_DUE_DATE',
}

registerEnumType(HealthErrorCode, {
  name: 'HealthErrorCode',
  description: 'Motivo por el que una operación del Registro Único de Salud no se realizó.',
  valuesConfig: {
    INVALID_CI: { description: 'La cédula de identidad no tiene una forma válida.' },
    UNKNOWN_FACILITY: { description: 'No existe un establecimiento de salud con ese código.' },
    NOT_STAFF_OF_FACILITY: { description: 'Quien opera no es personal de salud de ese establecimiento.' },
    UNKNOWN_ATTENTION: { description: 'No existe esa atención.' },
    ATTENTION_ALREADY_CLOSED: { description: 'La atención ya estaba cerrada o vencida.' },
    NO_OPEN_ATTENTION: { description: 'No hay una atención abierta de esa persona en ese establecimiento.' },
    INVALID_DIAGNOSIS: { description: 'Un diagnóstico no es un código CIE-10 (ICD-10) válido.' },
    TOO_MANY_DIAGNOSES: { description: 'Más diagnósticos de los permitidos (20).' },
    INVALID_REASON: { description: 'El motivo de consulta está vacío o es demasiado largo.' },
    INVALID_OCCURRED_AT: { description: 'La fecha y hora no es un instante ISO-8601 válido o está en el futuro.' },
    INVALID_PRESCRIPTION: { description: 'Una prescripción está incompleta o su duración está fuera de 1 a 365 días.' },
    INVALID_NOTES: { description: 'Las notas son demasiado largas.' },
    SAME_LEVEL_OF_CARE: { description: 'Origen y destino de una referencia tienen el mismo nivel de atención (o son el mismo establecimiento).' },
    UNKNOWN_ENCOUNTER: { description: 'No existe esa consulta en la historia clínica de la persona.' },
    INVALID_DUE_DATE: { description: 'La fecha no tiene la forma AAAA-MM-DD o ya pasó.' },
  },
});

/** An expected failure of a health mutation. */
@ObjectType({ description: 'Error esperado de una operación del Registro Único de Salud.' })
export class HealthError {
  @Field(() => HealthErrorCode, { description: 'Código del error.' })
  code: HealthErrorCode;

  @Field({ description: 'Mensaje para la persona usuaria.' })
  message: string;

  @Field(() => String, { nullable: true, description: 'Campo de la entrada que lo causó, si corresponde.' })
  field: string | null;
}

/** Returns a failed outcome `{ ok: false, <object>: null, error }` (T names the object). */
export function healthFailure(code: HealthErrorCode, message: string, field: string | null): { ok: false; error: HealthError } {
  return { ok: false, error: { code, message, field } };
}
