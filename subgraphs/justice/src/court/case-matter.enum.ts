import { registerEnumType } from 'type-graphql';

/** The matter (materia) of a court and of its cases. */
export enum CaseMatter {
  CIVIL = 'CIVIL',
  FAMILIA = 'FAMILIA',
  PENAL = 'PENAL',
  LABORAL = 'LABORAL',
  ADMINISTRATIVO = 'ADMINISTRATIVO',
  NINEZ_ADOLESCENCIA = 'NINEZ_ADOLESCENCIA',
  AGRARIO = 'AGRARIO',
}

registerEnumType(CaseMatter, {
  name: 'CaseMatter',
  description: 'Materia de un juzgado y de sus causas.',
  valuesConfig: {
    CIVIL: { description: 'Civil y comercial.' },
    FAMILIA: { description: 'Familia (materia reservada: el seguimiento público no muestra la sala de sus audiencias).' },
    PENAL: { description: 'Penal.' },
    LABORAL: { description: 'Trabajo y seguridad social.' },
    ADMINISTRATIVO: { description: 'Administrativo, coactivo fiscal y tributario.' },
    NINEZ_ADOLESCENCIA: { description: 'Niñez y adolescencia (materia reservada: el seguimiento público no muestra la sala de sus audiencias).' },
    AGRARIO: { description: 'Agroambiental.' },
  },
});

/** Matters whose hearings' courtrooms the public follow-up does not show (they protect families and minors). */
export const RESERVED_MATTERS: ReadonlySet<string> = new Set([CaseMatter.FAMILIA, CaseMatter.NINEZ_ADOLESCENCIA]);

/** Is `value` a CaseMatter? */
export function isCaseMatter(value: string): value is CaseMatter {
  return Object.values<string>(CaseMatter).includes(value);
}
