import { registerEnumType } from 'type-graphql';
import { EducationLevel } from '../enrolment/education-level';

/** Kinds of academic titles. */
export enum TitleKind {
  BACHILLER = 'BACHILLER',
  TECNICO_MEDIO = 'TECNICO_MEDIO',
  TECNICO_SUPERIOR = 'TECNICO_SUPERIOR',
  LICENCIATURA = 'LICENCIATURA',
  MAESTRIA = 'MAESTRIA',
  DOCTORADO = 'DOCTORADO',
}

registerEnumType(TitleKind, {
  name: 'TitleKind',
  description: 'Tipo de título académico.',
  valuesConfig: {
    BACHILLER: { description: 'Título de bachiller (concluye la secundaria).' },
    TECNICO_MEDIO: { description: 'Técnico medio.' },
    TECNICO_SUPERIOR: { description: 'Técnico superior.' },
    LICENCIATURA: { description: 'Licenciatura (título en provisión nacional).' },
    MAESTRIA: { description: 'Maestría.' },
    DOCTORADO: { description: 'Doctorado.' },
  },
});

/** The enrolment level a title of each kind requires (NOT_ENROLLED otherwise). */
export const LEVEL_OF_TITLE: Readonly<Record<TitleKind, EducationLevel>> = Object.freeze({
  [TitleKind.BACHILLER]: EducationLevel.SECUNDARIA,
  [TitleKind.TECNICO_MEDIO]: EducationLevel.TECNICO,
  [TitleKind.TECNICO_SUPERIOR]: EducationLevel.TECNICO,
  [TitleKind.LICENCIATURA]: EducationLevel.LICENCIATURA,
  [TitleKind.MAESTRIA]: EducationLevel.POSGRADO,
  [TitleKind.DOCTORADO]: EducationLevel.POSGRADO,
});
