import { Field, ID, InputType } from 'type-graphql';

/** A document an entity deposits into a citizen's mailbox. */
@InputType({ description: 'Documento que una entidad emite al buzón de una ciudadana o un ciudadano.' })
export class DepositDocumentInput {
  @Field(() => ID, { description: 'Cédula de identidad de la persona destinataria.' })
  ci: string;

  // A String, not the DocumentKind enum: an unknown kind is a typed error in the result.
  @Field({ description: 'Tipo: `CERTIFICATE`, `TITLE`, `NOTIFICATION` o `RESOLUTION`.' })
  kind: string;

  @Field({ description: 'Título del documento (1 a 200 caracteres).' })
  title: string;

  @Field({ description: 'Tipo de contenido (MIME), p. ej. `application/pdf`.' })
  contentType: string;

  @Field({ description: 'Contenido en base64 (hasta 1 MB una vez decodificado).' })
  content: string;

  @Field({ description: 'Instante de emisión (UTC, ISO-8601, p. ej. `2025-03-01T14:30:00Z`).' })
  issuedAt: string;
}
