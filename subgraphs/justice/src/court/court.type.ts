import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Connection, PUBLIC_TAG } from '@egob/subgraph-kit';
import { CaseMatter } from './case-matter.enum';

/** A court of the Órgano Judicial, keyed by its code across the graph. */
@ObjectType({ description: 'Juzgado o tribunal del Órgano Judicial, identificado por su código. Público.' })
@Directive('@key(fields: "code")')
@Directive(PUBLIC_TAG)
export class Court {
  @Field(() => ID, { description: 'Código del juzgado: `<ciudad>-<materia>-<NN>` (p. ej. `LPZ-CIV-03`).' })
  @Directive(PUBLIC_TAG)
  code: string;

  @Field({ description: 'Nombre oficial (p. ej. «Juzgado Público Civil y Comercial 3° de La Paz»).' })
  @Directive(PUBLIC_TAG)
  name: string;

  @Field(() => CaseMatter, { description: 'Materia que atiende.' })
  @Directive(PUBLIC_TAG)
  matter: CaseMatter;

  /** INE code of its seat (the territory field resolves it to a reference). */
  territoryCode: string;
}

/** A page of courts. */
@ObjectType({ description: 'Una página de juzgados ordenados por código.' })
@Directive(PUBLIC_TAG)
export class CourtConnection extends Connection(Court, { public: true }) {}
