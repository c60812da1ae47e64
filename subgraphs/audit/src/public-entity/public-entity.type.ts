import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A reference to a PublicEntity: the log stores only its code; the entities subgraph resolves the rest. */
@ObjectType({ description: 'Entidad pública del Estado Plurinacional de Bolivia, identificada por su código.' })
@Directive('@key(fields: "code", resolvable: false)')
export class PublicEntity {
  @Field(() => ID, { description: 'Código de la entidad en la plataforma (p. ej. `AGETIC`, `MIN-SALUD`).' })
  code: string;
}

/** Returns the reference of an entity code (null stays null). */
export function publicEntityRef(code: string | null): PublicEntity | null {
  return code === null ? null : { code };
}
