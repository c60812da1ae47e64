import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DocumentReceipt } from '../notifications/document-receipt.type';
import { Document } from './document.type';

/** Why a mailbox operation was not done. */
export enum MailboxErrorCode {
  INVALID_CI = 'INVALID_CI',
  UNKNOWN_CITIZEN = 'UNKNOWN_CITIZEN',
  UNKNOWN_KIND = 'UNKNOWN_KIND',
  INVALID_TITLE = 'INVALID_TITLE',
  INVALID_CONTENT_TYPE = 'INVALID_CONTENT_TYPE',
  INVALID_BASE64 = 'INVALID_BASE64',
  CONTENT_TOO_LARGE = 'CONTENT_TOO_LARGE',
  INVALID_ISSUED_AT = 'INVALID_ISSUED_AT',
  DOCUMENT_NOT_FOUND = 'DOCUMENT_NOT_FOUND',
}

registerEnumType(MailboxErrorCode, {
  name: 'MailboxErrorCode',
  description: 'Motivo por el que no se hizo una operación del buzón ciudadano.',
  valuesConfig: {
    INVALID_CI: { description: 'La cédula de identidad no tiene una forma válida.' },
    UNKNOWN_CITIZEN: { description: 'No hay una persona registrada con esa cédula.' },
    UNKNOWN_KIND: { description: 'Tipo de documento desconocido.' },
    INVALID_TITLE: { description: 'Título vacío o de más de 200 caracteres.' },
    INVALID_CONTENT_TYPE: { description: 'El tipo de contenido no es un tipo MIME.' },
    INVALID_BASE64: { description: 'El contenido no es base64 válido o está vacío.' },
    CONTENT_TOO_LARGE: { description: 'El contenido pasa de 1 MB.' },
    INVALID_ISSUED_AT: { description: 'El instante de emisión no es UTC ISO-8601 o está en el futuro.' },
    DOCUMENT_NOT_FOUND: { description: 'No existe ese documento en el buzón de esta persona.' },
  },
});

/** An expected failure of a mailbox mutation. */
@ObjectType({ description: 'Error esperado de una operación del buzón ciudadano.' })
export class MailboxError {
  @Field(() => MailboxErrorCode, { description: 'Código del error.' })
  code: MailboxErrorCode;

  @Field({ description: 'Mensaje para la persona usuaria.' })
  message: string;

  @Field(() => String, { nullable: true, description: 'Campo de la entrada que lo causó, si corresponde.' })
  field: string | null;
}

/** Outcome of depositDocument. */
@ObjectType({ description: 'Resultado de emitir un documento al buzón ciudadano.' })
export class DepositDocumentResult {
  @Field({ description: 'Se firmó y entregó el documento.' })
  ok: boolean;

  @Field(() => DocumentReceipt, { nullable: true, description: 'Constancia de entrega para la entidad emisora; null si hubo error.' })
  receipt: DocumentReceipt | null;

  @Field(() => MailboxError, { nullable: true, description: 'El error; null si se entregó.' })
  error: MailboxError | null;
}

/** Outcome of markDocumentRead. */
@ObjectType({ description: 'Resultado de marcar un documento como leído.' })
export class MarkDocumentReadResult {
  @Field({ description: 'El documento está marcado como leído (la primera lectura queda como acuse de recibo).' })
  ok: boolean;

  @Field(() => Document, { nullable: true, description: 'El documento; null si hubo error.' })
  document: Document | null;

  @Field(() => MailboxError, { nullable: true, description: 'El error; null si se marcó.' })
  error: MailboxError | null;
}
