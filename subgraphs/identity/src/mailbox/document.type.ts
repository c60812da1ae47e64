import { Field, ID, ObjectType } from 'type-graphql';
import { Connection } from '@egob/subgraph-kit';
import { PublicEntity } from '../public-entity/public-entity.type';
import { DocumentKind } from './document-kind';

/** A document in the citizen's digital mailbox. */
@ObjectType({ description: 'Documento del buzón ciudadano: emitido por una entidad pública y firmado con su clave, verificable por quien lo tenga.' })
export class Document {
  @Field(() => ID, { description: 'Identificador del documento.' })
  id: string;

  @Field(() => PublicEntity, { description: 'Entidad pública emisora.' })
  issuer: PublicEntity;

  @Field(() => DocumentKind, { description: 'Tipo de documento.' })
  kind: DocumentKind;

  @Field({ description: 'Título del documento.' })
  title: string;

  @Field({ description: 'Tipo de contenido (MIME), p. ej. `application/pdf`.' })
  contentType: string;

  @Field({ description: 'Contenido, en base64.' })
  content: string;

  @Field({ description: 'SHA-256 del contenido (hexadecimal): es lo que firma la entidad.' })
  sha256: string;

  @Field({ description: 'Instante de emisión declarado por la entidad (UTC, ISO-8601).' })
  issuedAt: string;

  @Field({ description: 'Instante de entrega en el buzón (UTC, ISO-8601).' })
  deliveredAt: string;

  @Field(() => String, { nullable: true, description: 'Instante de la primera lectura (acuse de recibo, UTC, ISO-8601); null si no se leyó.' })
  readAt: string | null;

  @Field({
    description: 'El documento exportado, para entregarlo a un tercero: texto JSON `{ payload, signature, keyId }` que cualquiera verifica con `verifyDocument`.',
  })
  exported: string;

  /** Whose mailbox it is (not in the API: the rules and the audit read it). */
  ci: string;
}

/** A page of the mailbox, newest first. */
@ObjectType({ description: 'Una página del buzón ciudadano, del documento más reciente al más antiguo.' })
export class DocumentConnection extends Connection(Document) {}
