import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '@egob/subgraph-kit';
import { PublicEntity } from '../public-entity/public-entity.type';

/** One recorded access to a citizen's personal data. */
@ObjectType({ description: 'Un acceso registrado a datos personales de la ciudadana o el ciudadano: quién, qué campos, cuándo, para qué entidad y con qué propósito.' })
export class DataAccess {
  @Field(() => ID, { description: 'Identificador único del evento de auditoría.' })
  id: string;

  @Field(() => Int, { description: 'Número de secuencia del registro en la bitácora encadenada.' })
  sequence: number;

  @Field({ description: 'Instante del acceso (UTC, ISO-8601).' })
  occurredAt: string;

  @Field(() => [String], { description: 'Campos leídos, como coordenadas `Tipo.campo` (p. ej. `Citizen.birthDate`).' })
  fields: string[];

  @Field({ description: 'Quién leyó los datos: la cédula de la servidora o el servidor público, o la cuenta de servicio.' })
  reader: string;

  @Field(() => [String], { description: 'Roles con los que actuó quien leyó los datos.' })
  readerRoles: string[];

  @Field(() => PublicEntity, { nullable: true, description: 'Entidad pública por cuenta de la cual se leyeron los datos; null si no actuó por ninguna.' })
  actingEntity: PublicEntity | null;

  @Field(() => String, { nullable: true, description: 'Propósito declarado del acceso; null si no se declaró.' })
  purpose: string | null;

  @Field({ description: 'Identificador de la solicitud, para cotejar con los registros de la plataforma.' })
  requestId: string;

  @Field({ description: 'Subgrafo que entregó los datos (p. ej. `identity`).' })
  sourceSubgraph: string;

  @Field(() => PublicEntity, { description: 'Entidad pública responsable de los datos leídos (propietaria del subgrafo).' })
  sourceEntity: PublicEntity;

  /** Whose data it is (not in the API: the rules check it). */
  subjectCi: string;
}

/** A page of data accesses, newest first. */
@ObjectType({ description: 'Una página de accesos a datos personales, del más reciente al más antiguo.' })
export class DataAccessConnection extends Connection(DataAccess) {}
