import { Field, ObjectType, registerEnumType } from 'type-graphql';

/** Why a labour mutation was not done (nothing was written). */
export enum LaborErrorCode {
  INVALID_CI = 'INVALID_CI',
  INVALID_EMPLOYER = 'INVALID_EMPLOYER',
  NOT_YOUR_EMPLOYEE_ENTITY = 'NOT_YOUR_EMPLOYEE_ENTITY',
  INVALID_POSITION = 'INVALID_POSITION',
  INVALID_DATE = 'INVALID_DATE',
  START_IN_FUTURE = 'START_IN_FUTURE',
  ENDS_BEFORE_START = 'ENDS_BEFORE_START',
  OVERLAPPING_EMPLOYMENT = 'OVERLAPPING_EMPLOYMENT',
  EMPLOYMENT_NOT_FOUND = 'EMPLOYMENT_NOT_FOUND',
  ALREADY_ENDED = 'ALREADY_ENDED',
  EMPTY_TITLE = 'EMPTY_TITLE',
  INVALID_DESCRIPTION = 'INVALID_DESCRIPTION',
  INVALID_TERRITORY = 'INVALID_TERRITORY',
  INVALID_EXPERIENCE = 'INVALID_EXPERIENCE',
  CLOSES_BEFORE_PUBLISHED = 'CLOSES_BEFORE_PUBLISHED',
  INVALID_DESIRED_POSITION = 'INVALID_DESIRED_POSITION',
  INVALID_SKILLS = 'INVALID_SKILLS',
}

registerEnumType(LaborErrorCode, {
  name: 'LaborErrorCode',
  description: 'Motivo por el que no se hizo una operación del registro laboral o de la bolsa de trabajo (no se escribió nada).',
  valuesConfig: {
    INVALID_CI: { description: 'La cédula de identidad no tiene una forma válida.' },
    INVALID_EMPLOYER: { description: 'El empleador no es ni un código de entidad ni un NIT (7 a 12 dígitos) con razón social.' },
    NOT_YOUR_EMPLOYEE_ENTITY: { description: 'Quien registra actúa por otra entidad que la empleadora.' },
    INVALID_POSITION: { description: 'Cargo vacío o de más de 120 caracteres.' },
    INVALID_DATE: { description: 'Una fecha no es AAAA-MM-DD o no existe.' },
    START_IN_FUTURE: { description: 'La fecha de inicio es posterior a hoy (hora de Bolivia).' },
    ENDS_BEFORE_START: { description: 'La fecha de finalización es anterior a la de inicio.' },
    OVERLAPPING_EMPLOYMENT: { description: 'Ya hay un empleo con el mismo empleador en un periodo que se superpone.' },
    EMPLOYMENT_NOT_FOUND: { description: 'No existe ese registro laboral.' },
    ALREADY_ENDED: { description: 'El empleo ya tiene fecha de finalización.' },
    EMPTY_TITLE: { description: 'Título de la oferta vacío o de más de 120 caracteres.' },
    INVALID_DESCRIPTION: { description: 'Descripción de más de 2000 caracteres.' },
    INVALID_TERRITORY: { description: 'No es el código INE de 6 dígitos de un municipio.' },
    INVALID_EXPERIENCE: { description: 'Experiencia mínima fuera de 0 a 600 meses.' },
    CLOSES_BEFORE_PUBLISHED: { description: 'La oferta cierra antes de publicarse.' },
    INVALID_DESIRED_POSITION: { description: 'Puesto deseado vacío o de más de 120 caracteres.' },
    INVALID_SKILLS: { description: 'Más de 20 habilidades, o alguna vacía o de más de 60 caracteres.' },
  },
});

/** An expected failure of a labour mutation. */
@ObjectType({ description: 'Error esperado de una operación laboral.' })
export class LaborError {
  @Field(() => LaborErrorCode, { description: 'Código del error.' })
  code: LaborErrorCode;

  @Field({ description: 'Mensaje para la persona usuaria.' })
  message: string;

  @Field(() => String, { nullable: true, description: 'Campo de la entrada que lo causó, si corresponde (p. ej. `endDate`).' })
  field: string | null;
}

/** Returns the error value of a result. */
export function laborError(code: LaborErrorCode, message: string, field: string | null): LaborError {
  return { code, message, field };
}
