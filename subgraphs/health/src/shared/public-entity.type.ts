import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { PUBLIC_TAG } from '@egob/subgraph-kit';

/** A reference to a PublicEntity (an insurer): health stores only its code; the entities subgraph resolves the rest. */
@ObjectType({ description: 'Entidad pública del Estado Plurinacional de Bolivia, identificada por su código.' })
@Directive('@key(fields: "code", resolvable: false)')
@Directive(PUBLIC_TAG)
export class PublicEntity {
  @Field(() => ID, { description: 'Código de la entidad en la plataforma (p. ej. `MIN-SALUD`, `CNS`).' })
  @Directive(PUBLIC_TAG)
  code: string;
}
