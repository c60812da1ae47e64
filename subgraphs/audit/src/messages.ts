/** The audit subgraph's user-facing messages, Spanish first. */
export const messages = {
  invalidEntityCode:
    'El argumento entity no es un código de entidad pública: use de 2 a 32 letras mayúsculas, dígitos o guiones (p. ej. AGETIC, MIN-SALUD).',
  invalidInstant: (argument: string) =>
    `El argumento ${argument} debe ser una fecha AAAA-MM-DD o un instante ISO-8601 en UTC (p. ej. 2025-03-01 o 2025-03-01T14:30:00Z).`,
  invalidPeriod: 'El argumento from debe ser anterior o igual a to.',
  ingestUnauthorized: 'Fuente no autorizada: la clave de ingesta no corresponde a la fuente declarada.',
  ingestInvalid: (where: string, reason: string) => `Lote de auditoría inválido en ${where}: ${reason}`,
  ingest: {
    body: 'el cuerpo debe ser un objeto JSON { source, owner, events }',
    source: 'debe ser el nombre del subgrafo de origen ([a-z][a-z0-9-]*)',
    owner: 'debe ser el código de la entidad propietaria del subgrafo (A-Z, 0-9, -)',
    events: 'debe ser una lista de 1 a 500 eventos',
    eventId: 'debe ser un UUID',
    subjectCi: 'debe ser una cédula de identidad (1 a 32 letras, dígitos o guiones)',
    fields: 'debe ser una lista de 1 a 500 coordenadas Tipo.campo',
    reader: 'debe ser el sujeto que leyó los datos (1 a 128 caracteres)',
    roles: 'debe ser una lista de hasta 50 roles (1 a 64 caracteres cada uno)',
    actingEntity: 'debe ser null o el código de una entidad pública',
    purpose: 'debe ser null o un texto de 1 a 500 caracteres',
    requestId: 'debe ser el identificador de la solicitud (1 a 128 caracteres)',
    occurredAt: 'debe ser un instante UTC AAAA-MM-DDTHH:MM:SS.sssZ',
    unknownKey: 'contiene un campo desconocido',
  },
} as const;
