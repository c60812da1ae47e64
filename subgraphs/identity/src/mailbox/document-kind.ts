import { registerEnumType } from 'type-graphql';

/** Kinds of documents an entity can issue to a citizen's mailbox. */
export enum DocumentKind {
  CERTIFICATE = 'CERTIFICATE',
  TITLE = 'TITLE',
  NOTIFICATION = 'NOTIFICATION',
  RESOLUTION = 'RESOLUTION',
}

registerEnumType(DocumentKind, {
  name: 'DocumentKind',
  description: 'Tipo de documento emitido al buzón ciudadano.',
  valuesConfig: {
    CERTIFICATE: { description: 'Certificado.' },
    TITLE: { description: 'Título (académico, técnico, profesional).' },
    NOTIFICATION: { description: 'Notificación.' },
    RESOLUTION: { description: 'Resolución administrativa.' },
  },
});

/** Is `value` a DocumentKind? */
export function isDocumentKind(value: string): value is DocumentKind {
  return Object.prototype.hasOwnProperty.call(DocumentKind, value);
}
