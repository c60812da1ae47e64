import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { PUBLIC_TAG } from '../public-tag';
import { TerritoryLevel, type TerritoryRecord } from './territory.model';

registerEnumType(TerritoryLevel, {
  name: 'TerritoryLevel',
  description: 'Nivel de una unidad territorial en la codificación del INE.',
  valuesConfig: {
    DEPARTMENT: { description: 'Departamento (código de 2 dígitos).' },
    PROVINCE: { description: 'Provincia (código de 4 dígitos).' },
    MUNICIPALITY: { description: 'Municipio o autonomía indígena de nivel municipal (código de 6 dígitos).' },
  },
});

/** A unit of Bolivia's territorial division, keyed by its INE code across the graph. */
@ObjectType({
  description:
    'Unidad territorial de Bolivia (departamento, provincia o municipio), identificada por su código INE (CPV 2024). Fuente: Instituto Nacional de Estadística (INE).',
})
@Directive('@key(fields: "code")')
@Directive(PUBLIC_TAG)
export class Territory implements TerritoryRecord {
  @Field(() => ID, { description: 'Código INE: 2 dígitos para un departamento (p. ej. `02`), 4 para una provincia (`0201`), 6 para un municipio (`020101`).' })
  @Directive(PUBLIC_TAG)
  code: string;

  @Field({ description: 'Nombre oficial según el INE.' })
  @Directive(PUBLIC_TAG)
  name: string;

  @Field(() => TerritoryLevel, { description: 'Nivel: departamento, provincia o municipio.' })
  @Directive(PUBLIC_TAG)
  level: TerritoryLevel;

  @Field({ description: 'Verdadero para los territorios indígena originario campesinos (TIOC) que el INE cuenta como unidades de nivel municipal.' })
  @Directive(PUBLIC_TAG)
  isIndigenousAutonomy: boolean;

  parentCode: string | null;

  departmentCode: string;
}
