import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { PUBLIC_TAG } from '@egob/subgraph-kit';

/** A reference to a Territory: justice stores only the INE code of a court's seat; the entities subgraph resolves the rest. */
@ObjectType({
  description:
    'Unidad territorial de Bolivia (departamento, provincia o municipio), identificada por su código INE (CPV 2024). Fuente: Instituto Nacional de Estadística (INE).',
})
@Directive('@key(fields: "code", resolvable: false)')
@Directive(PUBLIC_TAG)
export class Territory {
  @Field(() => ID, { description: 'Código INE: 2 dígitos para un departamento (p. ej. `02`), 4 para una provincia (`0201`), 6 para un municipio (`020101`).' })
  @Directive(PUBLIC_TAG)
  code: string;
}
