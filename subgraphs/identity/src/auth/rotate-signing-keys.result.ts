import { Field, ObjectType } from 'type-graphql';

/** The result of a signing-key rotation. */
@ObjectType({ description: 'Resultado de la rotación de claves de firma de los tokens.' })
export class RotateSigningKeysResult {
  @Field({ description: 'Verdadero si se creó la nueva clave.' })
  ok: boolean;

  @Field({ description: 'Identificador (kid) de la nueva clave activa.' })
  kid: string;

  @Field(() => String, { nullable: true, description: 'Clave anterior: sigue publicada en el JWKS hasta que venzan los tokens que firmó.' })
  retiredKid: string | null;
}
