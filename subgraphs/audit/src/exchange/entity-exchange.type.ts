import { Field, Int, ObjectType } from 'type-graphql';
import { PublicEntity } from '../public-entity/public-entity.type';

/** Accesses to personal data from one entity to another in one month. */
@ObjectType({ description: 'Intercambio de datos personales entre entidades en un mes: cuántos accesos hizo una entidad a datos de otra.' })
export class EntityExchange {
  @Field({ description: 'Mes (AAAA-MM, UTC).' })
  period: string;

  @Field(() => PublicEntity, { nullable: true, description: 'Entidad que consultó los datos; null para accesos sin entidad (p. ej. la propia ciudadana o ciudadano).' })
  actingEntity: { code: string } | null;

  @Field(() => PublicEntity, { description: 'Entidad responsable de los datos consultados (propietaria del subgrafo de origen).' })
  sourceEntity: { code: string };

  @Field(() => Int, { description: 'Número de accesos registrados.' })
  accesses: number;

  @Field(() => Int, { description: 'Número de ciudadanas y ciudadanos distintos cuyos datos se consultaron.' })
  citizens: number;
}
