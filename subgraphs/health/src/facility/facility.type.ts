import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Connection, PUBLIC_TAG } from '@egob/subgraph-kit';
import { CareLevel } from './care-level';

/** A public health facility, keyed by its code across the graph. */
@ObjectType({ description: 'Establecimiento de salud público (puesto, centro de salud u hospital), identificado por su código.' })
@Directive('@key(fields: "code")')
@Directive(PUBLIC_TAG)
export class HealthFacility {
  @Field(() => ID, { description: 'Código del establecimiento: 6 dígitos, el primero es el departamento (p. ej. `200001`).' })
  @Directive(PUBLIC_TAG)
  code: string;

  @Field({ description: 'Nombre del establecimiento.' })
  @Directive(PUBLIC_TAG)
  name: string;

  @Field(() => CareLevel, { description: 'Nivel de atención.' })
  @Directive(PUBLIC_TAG)
  level: CareLevel;

  @Field({ description: 'Tipo de establecimiento (p. ej. «Centro de salud», «Hospital de segundo nivel», «Hospital de tercer nivel»).' })
  @Directive(PUBLIC_TAG)
  kind: string;

  /** INE code of its municipality (the `territory` field resolves it as a reference). */
  territoryCode: string;
}

/** A page of facilities. */
@ObjectType({ description: 'Una página de establecimientos de salud ordenados por código.' })
@Directive(PUBLIC_TAG)
export class HealthFacilityConnection extends Connection(HealthFacility, { public: true }) {}
