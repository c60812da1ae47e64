import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '@egob/subgraph-kit';
import { PublicEntity } from '../public-entity/public-entity.type';

/** What happened to a grant. */
export enum ConsentAction {
  GRANTED = 'GRANTED',
  REVOKED = 'REVOKED',
}

registerEnumType(ConsentAction, {
  name: 'ConsentAction',
  description: 'Acción sobre una autorización.',
  valuesConfig: {
    GRANTED: { description: 'Otorgada o renovada.' },
    REVOKED: { description: 'Revocada.' },
  },
});

/** One entry of the append-only consent log. */
@ObjectType({ description: 'Un registro de la bitácora de autorizaciones: quién otorgó o revocó qué, a qué entidad y cuándo. Nunca se modifica ni se borra.' })
export class ConsentLogEntry {
  @Field(() => ID, { description: 'Número de registro en la bitácora.' })
  id: string;

  @Field(() => ConsentAction, { description: 'Otorgada o revocada.' })
  action: ConsentAction;

  @Field(() => ID, { description: 'Autorización a la que se refiere.' })
  consentId: string;

  @Field(() => PublicEntity, { description: 'Entidad autorizada.' })
  entity: PublicEntity;

  @Field({ description: 'Ámbito, `<subgrafo>:<área>`.' })
  scope: string;

  @Field({ description: 'Vencimiento de la autorización después de esta acción (UTC, ISO-8601).' })
  expiresAt: string;

  @Field({ description: 'Quién actuó: la cédula de la ciudadana o el ciudadano.' })
  actor: string;

  @Field({ description: 'Identificador de la solicitud, para cotejar con los registros de la plataforma.' })
  requestId: string;

  @Field({ description: 'Instante de la acción (UTC, ISO-8601).' })
  occurredAt: string;

  /** Whose log it is (not in the API: the rules and the audit read it). */
  ci: string;
}

/** A page of the consent log, newest first. */
@ObjectType({ description: 'Una página de la bitácora de autorizaciones, de la más reciente a la más antigua.' })
export class ConsentLogConnection extends Connection(ConsentLogEntry) {}
