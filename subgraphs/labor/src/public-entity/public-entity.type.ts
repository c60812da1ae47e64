import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { PUBLIC_TAG } from '@egob/subgraph-kit';

/** A reference to a PublicEntity: labour stores only its code; the entities subgraph resolves the rest. */
@ObjectType({ description: 'Entidad pública del Estado Plurinacional de Bolivia, identificada por su código.' })
@Directive('@key(fields: "code", resolvable: false)')
@Directive(PUBLIC_TAG)
export class PublicEntity {
  @Field(() => ID, { description: 'Código de la entidad en la plataforma (p. ej. `MIN-TRABAJO`, `GAM-020101`).' })
  @Directive(PUBLIC_TAG)
  code: string;
}

/** Returns the reference of an entity code (null stays null). */
export function publicEntityRef(code: string | null): PublicEntity | null {
  return code === null ? null : { code };
}

/** A PublicEntity code as the platform writes it: 2 to 32 capital letters, digits or hyphens. */
export const ENTITY_CODE_PATTERN = /^[A-Z0-9][A-Z0-9-]{1,31}$/;
