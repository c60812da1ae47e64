import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A reference to a Territory: identity stores only its INE code; the entities subgraph resolves the rest. */
@ObjectType({ description: 'Territorio de Bolivia (departamento, provincia o municipio), identificado por su código INE.' })
@Directive('@key(fields: "code", resolvable: false)')
export class Territory {
  @Field(() => ID, { description: 'Código INE del territorio.' })
  code: string;
}
