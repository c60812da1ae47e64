import { registerEnumType } from 'type-graphql';

/** A level of the Bolivian education system (Ley 070 Avelino Siñani – Elizardo Pérez). */
export enum EducationLevel {
  INICIAL = 'INICIAL',
  PRIMARIA = 'PRIMARIA',
  SECUNDARIA = 'SECUNDARIA',
  TECNICO = 'TECNICO',
  LICENCIATURA = 'LICENCIATURA',
  POSGRADO = 'POSGRADO',
}

registerEnumType(EducationLevel, {
  name: 'EducationLevel',
  description: 'Nivel educativo.',
  valuesConfig: {
    INICIAL: { description: 'Educación inicial en familia comunitaria.' },
    PRIMARIA: { description: 'Educación primaria comunitaria vocacional (6 años).' },
    SECUNDARIA: { description: 'Educación secundaria comunitaria productiva (6 años); concluye con el bachillerato.' },
    TECNICO: { description: 'Formación técnica (técnico medio o superior).' },
    LICENCIATURA: { description: 'Licenciatura universitaria.' },
    POSGRADO: { description: 'Posgrado: maestría o doctorado.' },
  },
});

/** Where an enrolment stands. */
export enum EnrolmentStatus {
  ENROLLED = 'ENROLLED',
  PROMOTED = 'PROMOTED',
  FAILED = 'FAILED',
  WITHDRAWN = 'WITHDRAWN',
  GRADUATED = 'GRADUATED',
}

registerEnumType(EnrolmentStatus, {
  name: 'EnrolmentStatus',
  description: 'Estado de una inscripción.',
  valuesConfig: {
    ENROLLED: { description: 'Inscrita o inscrito, cursando.' },
    PROMOTED: { description: 'Promovida o promovido al curso siguiente.' },
    FAILED: { description: 'Reprobada o reprobado.' },
    WITHDRAWN: { description: 'Retirada o retirado.' },
    GRADUATED: { description: 'Concluyó el nivel (egresó o se tituló).' },
  },
});
