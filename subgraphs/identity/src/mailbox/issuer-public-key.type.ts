import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { PUBLIC_TAG } from '@egob/subgraph-kit';
import { PublicEntity } from '../public-entity/public-entity.type';

/** The public key an entity signs mailbox documents with. */
@ObjectType({ description: 'Clave pública Ed25519 con la que una entidad firma los documentos que emite al buzón ciudadano.' })
@Directive(PUBLIC_TAG)
export class IssuerPublicKey {
  @Field(() => ID, { description: 'Identificador de la clave (`keyId` de los documentos exportados): SHA-256 de la clave pública, base64url.' })
  @Directive(PUBLIC_TAG)
  keyId: string;

  @Field(() => PublicEntity, { description: 'Entidad emisora dueña de la clave.' })
  @Directive(PUBLIC_TAG)
  entity: PublicEntity;

  @Field({ description: 'Algoritmo de firma: `Ed25519`.' })
  @Directive(PUBLIC_TAG)
  algorithm: string;

  @Field({ description: 'Clave pública en formato PEM (SPKI).' })
  @Directive(PUBLIC_TAG)
  publicKeyPem: string;

  @Field({ description: 'Instante de creación de la clave (UTC, ISO-8601).' })
  @Directive(PUBLIC_TAG)
  createdAt: string;
}
