import { Field, ObjectType } from 'type-graphql';

/** A citizen serving a PublicEntity with one entity role. */
@ObjectType({ description: 'Vínculo de una persona como servidora pública de una entidad, con un rol de entidad.' })
export class ServantLink {
  @Field({ description: 'Código de la entidad pública (p. ej. MIN-SALUD).' })
  entityCode: string;

  @Field({ description: 'Rol en la entidad (p. ej. health:clinician).' })
  role: string;
}
