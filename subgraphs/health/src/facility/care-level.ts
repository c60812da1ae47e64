import { registerEnumType } from 'type-graphql';

/** Level of care of a facility (niveles de atención del Sistema Nacional de Salud). */
export enum CareLevel {
  PRIMER_NIVEL = 'PRIMER_NIVEL',
  SEGUNDO_NIVEL = 'SEGUNDO_NIVEL',
  TERCER_NIVEL = 'TERCER_NIVEL',
}

registerEnumType(CareLevel, {
  name: 'CareLevel',
  description: 'Nivel de atención de un establecimiento de salud.',
  valuesConfig: {
    PRIMER_NIVEL: { description: 'Primer nivel: puestos y centros de salud, atención primaria.' },
    SEGUNDO_NIVEL: { description: 'Segundo nivel: hospitales básicos con especialidades troncales.' },
    TERCER_NIVEL: { description: 'Tercer nivel: hospitales generales y de especialidad.' },
  },
});

/** Returns the rank of a level (1, 2, 3): a referral goes up, a counter-referral down. */
export function careLevelRank(level: CareLevel): number {
  return level === CareLevel.PRIMER_NIVEL ? 1 : level === CareLevel.SEGUNDO_NIVEL ? 2 : 3;
}
