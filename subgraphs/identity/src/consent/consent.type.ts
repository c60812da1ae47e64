import { Field, ID, ObjectType } from 'type-graphql';
import { PublicEntity } from '../public-entity/public-entity.type';

/** A citizen's grant to a public entity over a scope of their data. */
@ObjectType({ description: 'Autorización que una ciudadana o un ciudadano otorga a una entidad pública para leer un ámbito de sus datos, con vencimiento.' })
export class Consent {
  @Field(() => ID, { description: 'Identificador de la autorización.' })
  id: string;

  @Field(() => PublicEntity, { description: 'Entidad pública autorizada.' })
  entity: PublicEntity;

  @Field({ description: 'Ámbito autorizado, `<subgrafo>:<área>` (p. ej. `education:titles`).' })
  scope: string;

  @Field({ description: 'Instante en que se otorgó o renovó (UTC, ISO-8601).' })
  grantedAt: string;

  @Field({ description: 'Instante en que vence (UTC, ISO-8601).' })
  expiresAt: string;

  @Field(() => String, { nullable: true, description: 'Instante en que se revocó (UTC, ISO-8601); null si no fue revocada.' })
  revokedAt: string | null;

  @Field({ description: 'Vigente ahora: ni vencida ni revocada.' })
  active: boolean;

  /** Whose grant it is (not in the API: the rules and the audit read it). */
  ci: string;
}
