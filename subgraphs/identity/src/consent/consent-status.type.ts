import { Field, ObjectType } from 'type-graphql';
import { PublicEntity } from '../public-entity/public-entity.type';

/** Whether an entity may read a scope of a citizen's data now. */
@ObjectType({ description: 'Si una entidad tiene ahora autorización vigente de la ciudadana o el ciudadano para un ámbito de sus datos.' })
export class ConsentStatus {
  @Field({ description: 'Hay una autorización vigente (ni vencida ni revocada).' })
  granted: boolean;

  @Field(() => String, { nullable: true, description: 'Vencimiento de la autorización vigente (UTC, ISO-8601); null si no hay ninguna.' })
  expiresAt: string | null;

  @Field(() => PublicEntity, { description: 'Entidad consultada.' })
  entity: PublicEntity;

  @Field({ description: 'Ámbito consultado.' })
  scope: string;

  /** Whose consent it is (not in the API: the rules and the audit read it). */
  ci: string;
}
