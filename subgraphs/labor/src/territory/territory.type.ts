import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { MUNICIPALITY_CODES } from '@egob/demo-data';
import { PUBLIC_TAG } from '@egob/subgraph-kit';

/** A reference to a Territory: labour stores only its INE code; the entities subgraph resolves the rest. */
@ObjectType({
  description:
    'Unidad territorial de Bolivia (departamento, provincia o municipio), identificada por su código INE (CPV 2024). Fuente: Instituto Nacional de Estadística (INE).',
})
@Directive('@key(fields: "code", resolvable: false)')
@Directive(PUBLIC_TAG)
export class Territory {
  @Field(() => ID, { description: 'Código INE: 2 dígitos para un departamento (p. ej. `02`), 6 para un municipio (`020101`).' })
  @Directive(PUBLIC_TAG)
  code: string;
}

/** Returns the reference of a territory code. */
export function territoryRef(code: string): Territory {
  return { code };
}

const MUNICIPALITIES = new Set(MUNICIPALITY_CODES);

/** Is `code` one of the INE's 343 municipality codes (DDPPMM)? */
export function isMunicipalityCode(code: string): boolean {
  return /^[0-9]{6}$/.test(code) && MUNICIPALITIES.has(code);
}

/** Is `code` a department code (`01` … `09`)? */
export function isDepartmentCode(code: string): boolean {
  return /^0[1-9]$/.test(code);
}

/** Returns the department (`DD`) of a municipality code. */
export function departmentOf(municipalityCode: string): string {
  return municipalityCode.slice(0, 2);
}
