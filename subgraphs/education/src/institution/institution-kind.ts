import { registerEnumType } from 'type-graphql';
import { EducationLevel } from '../enrolment/education-level';

/** What kind of institution educates: which levels it offers follows from it. */
export enum InstitutionKind {
  SCHOOL = 'SCHOOL',
  TECHNICAL_INSTITUTE = 'TECHNICAL_INSTITUTE',
  UNIVERSITY = 'UNIVERSITY',
}

registerEnumType(InstitutionKind, {
  name: 'InstitutionKind',
  description: 'Tipo de institución educativa.',
  valuesConfig: {
    SCHOOL: { description: 'Unidad educativa (escuela o colegio): inicial, primaria y secundaria.' },
    TECHNICAL_INSTITUTE: { description: 'Instituto técnico o tecnológico: formación técnica.' },
    UNIVERSITY: { description: 'Universidad: licenciatura y posgrado.' },
  },
});

/** The levels each kind of institution offers (LEVEL_NOT_OFFERED otherwise). */
export const LEVELS_OFFERED: Readonly<Record<InstitutionKind, readonly EducationLevel[]>> = Object.freeze({
  [InstitutionKind.SCHOOL]: [EducationLevel.INICIAL, EducationLevel.PRIMARIA, EducationLevel.SECUNDARIA],
  [InstitutionKind.TECHNICAL_INSTITUTE]: [EducationLevel.TECNICO],
  [InstitutionKind.UNIVERSITY]: [EducationLevel.LICENCIATURA, EducationLevel.POSGRADO],
});
