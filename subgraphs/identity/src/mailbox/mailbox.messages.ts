/** User-facing messages of the digital mailbox, Spanish first. */
export const mailboxMessages = {
  invalidCi: 'Cédula de identidad inválida: use de 4 a 10 dígitos y, si tiene complemento, un guion y el complemento (p. ej. 1234567-1A).',
  unknownCitizen: 'No hay una persona registrada con esa cédula de identidad.',
  unknownKind: 'Tipo de documento desconocido: use CERTIFICATE, TITLE, NOTIFICATION o RESOLUTION.',
  invalidTitle: 'El título debe tener de 1 a 200 caracteres.',
  invalidContentType: 'Tipo de contenido inválido: use un tipo MIME (p. ej. application/pdf).',
  invalidBase64: 'El contenido debe ser base64 válido y no vacío.',
  contentTooLarge: (maxBytes: number) => `El contenido pasa del máximo de ${maxBytes} bytes (1 MB).`,
  invalidIssuedAt: 'El instante de emisión debe ser UTC ISO-8601 (p. ej. 2025-03-01T14:30:00Z) y no estar en el futuro.',
  documentNotFound: 'Documento no encontrado en su buzón.',
  verify: {
    malformed: 'Documento mal formado: se espera el texto JSON { payload, signature, keyId } de un documento exportado.',
    unknownKey: 'La clave indicada no es de ninguna entidad emisora.',
    badSignature: 'Firma inválida: el documento fue alterado o no lo firmó la entidad emisora.',
    keyNotIssuers: 'La clave que firmó no es de la entidad que el documento declara como emisora.',
  },
} as const;
