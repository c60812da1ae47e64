import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { PUBLIC_TAG } from '@egob/subgraph-kit';

/** A reference to a PublicEntity: identity stores only its code; the entities subgraph resolves the rest. */
@ObjectType({ description: 'Entidad pública del Estado Plurinacional de Bolivia, identificada por su código.' })
@Directive('@key(fields: "code", resolvable: false)')
@Directive(PUBLIC_TAG)
export class PublicEntity {
  @Field(() => ID, { description: 'Código de la entidad en la plataforma (p. ej. `AGETIC`, `MIN-SALUD`).' })
  @Directive(PUBLIC_TAG)
  code: string;
}

/** Returns the reference of an entity code. */
export function publicEntityRef(code: string): PublicEntity {
  return { code };
}

/** A PublicEntity code as the platform writes it: 2 to 32 capital letters, digits or hyphens. */
export const ENTITY_CODE_PATTERN = /^[A-Z0-9][A-Z0-9-]{1,31}$/;
