import { Field, ID, ObjectType } from 'type-graphql';
import { DocumentKind } from '../mailbox/document-kind';
import { PublicEntity } from '../public-entity/public-entity.type';

/** What the issuing entity sees of a document it deposited: delivery and the read receipt, never the content. */
@ObjectType({ description: 'Constancia de entrega de un documento para la entidad emisora: cuándo se entregó y si la persona ya lo leyó (acuse de recibo).' })
export class DocumentReceipt {
  @Field(() => ID, { description: 'Identificador del documento.' })
  id: string;

  @Field(() => ID, { description: 'Cédula de identidad de la persona destinataria.' })
  ci: string;

  @Field(() => PublicEntity, { description: 'Entidad emisora.' })
  issuer: PublicEntity;

  @Field(() => DocumentKind, { description: 'Tipo de documento.' })
  kind: DocumentKind;

  @Field({ description: 'Título del documento.' })
  title: string;

  @Field({ description: 'Instante de emisión (UTC, ISO-8601).' })
  issuedAt: string;

  @Field({ description: 'Instante de entrega en el buzón (UTC, ISO-8601).' })
  deliveredAt: string;

  @Field(() => String, { nullable: true, description: 'Instante de la primera lectura por la persona (UTC, ISO-8601); null si aún no lo leyó.' })
  readAt: string | null;

  @Field({ description: 'El documento exportado (texto JSON `{ payload, signature, keyId }`), verificable con `verifyDocument`.' })
  exported: string;
}
