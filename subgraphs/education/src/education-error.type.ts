import { Field, ObjectType, registerEnumType } from 'type-graphql';

/** Why an education mutation was not done. */
export enum EducationErrorCode {
  INVALID_CI = 'INVALID_CI',
  UNKNOWN_INSTITUTION = 'UNKNOWN_INSTITUTION',
  LEVEL_NOT_OFFERED = 'LEVEL_NOT_OFFERED',
  INVALID_YEAR = 'INVALID_YEAR',
  INVALID_COURSE = 'INVALID_COURSE',
  ALREADY_ENROLLED = 'ALREADY_ENROLLED',
  GRADE_OUT_OF_RANGE = 'GRADE_OUT_OF_RANGE',
  EMPTY_SUBJECT = 'EMPTY_SUBJECT',
  INVALID_PERIOD = 'INVALID_PERIOD',
  UNKNOWN_ENROLMENT = 'UNKNOWN_ENROLMENT',
  INVALID_TITLE_NAME = 'INVALID_TITLE_NAME',
  INVALID_ISSUED_ON = 'INVALID_ISSUED_ON',
  NOT_ENROLLED = 'NOT_ENROLLED',
  TITLE_ALREADY_ISSUED = 'TITLE_ALREADY_ISSUED',
  DELIVERY_UNAVAILABLE = 'DELIVERY_UNAVAILABLE',
  DELIVERY_FAILED = 'DELIVERY_FAILED',
}

registerEnumType(EducationErrorCode, {
  name: 'EducationErrorCode',
  description: 'Motivo por el que no se hizo una operación del registro educativo.',
  valuesConfig: {
    INVALID_CI: { description: 'La cédula de identidad no tiene una forma válida.' },
    UNKNOWN_INSTITUTION: { description: 'No existe una institución educativa con ese código.' },
    LEVEL_NOT_OFFERED: { description: 'La institución no ofrece ese nivel (unidad educativa: inicial, primaria, secundaria; instituto: técnico; universidad: licenciatura, posgrado).' },
    INVALID_YEAR: { description: 'La gestión no es un año válido.' },
    INVALID_COURSE: { description: 'El curso o la carrera pasa de 120 caracteres.' },
    ALREADY_ENROLLED: { description: 'Ya existe una inscripción de esa persona en esa institución, nivel y gestión.' },
    GRADE_OUT_OF_RANGE: { description: 'La calificación no es un entero de 0 a 100.' },
    EMPTY_SUBJECT: { description: 'La materia está vacía o pasa de 100 caracteres.' },
    INVALID_PERIOD: { description: 'El periodo pasa de 60 caracteres.' },
    UNKNOWN_ENROLMENT: { description: 'No existe esa inscripción.' },
    INVALID_TITLE_NAME: { description: 'El nombre del título está vacío o pasa de 200 caracteres.' },
    INVALID_ISSUED_ON: { description: 'La fecha de emisión no es AAAA-MM-DD válida o es futura.' },
    NOT_ENROLLED: { description: 'La persona no tiene en esa institución una inscripción vigente, promovida o concluida del nivel que el título requiere.' },
    TITLE_ALREADY_ISSUED: { description: 'La institución ya emitió a esa persona un título de ese tipo y nombre.' },
    DELIVERY_UNAVAILABLE: { description: 'Sin credenciales de servicio: no se puede depositar el título en el buzón ciudadano.' },
    DELIVERY_FAILED: { description: 'El buzón ciudadano (a través del gateway) rechazó o no recibió el título.' },
  },
});

/** An expected failure of an education mutation. */
@ObjectType({ description: 'Error esperado de una operación del registro educativo.' })
export class EducationError {
  @Field(() => EducationErrorCode, { description: 'Código del error.' })
  code: EducationErrorCode;

  @Field({ description: 'Mensaje para la persona usuaria.' })
  message: string;

  @Field(() => String, { nullable: true, description: 'Campo de la entrada que lo causó, si corresponde.' })
  field: string | null;
}

/** Returns an EducationError. */
export function educationError(code: EducationErrorCode, message: string, field: string | null = null): EducationError {
  return { code, message, field };
}

/** A service outcome: the object, or the typed error (nothing written). */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: EducationError };
