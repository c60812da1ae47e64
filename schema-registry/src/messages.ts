/** Spanish texts of the registry's API errors and CLI output, in one place. */
export const messages = {
  invalidName: (name: string) =>
    `El nombre de subgrafo "${name}" no es válido: debe cumplir [a-z][a-z0-9-]* y tener como máximo 64 caracteres.`,
  bodyNotObject: 'El cuerpo debe ser un objeto JSON (Content-Type: application/json).',
  bodyNotJson: (reason: string) => `El cuerpo no es JSON válido: ${reason}`,
  bodyTooLarge: (limit: string) => `El cuerpo supera el límite de ${limit}.`,
  fieldSdl: 'requerido: el SDL del subgrafo, texto no vacío',
  fieldUrl: 'requerida: una URL http(s)://…',
  fieldVersion: 'requerida: una etiqueta de 1 a 64 caracteres (versión del paquete, sha de git…)',
  fieldOwner: 'requerido: código de la entidad pública propietaria, [A-Z0-9-]{2,32} (p. ej. AGETIC)',
  invalidRequest: (problems: string[]) => `Solicitud inválida: ${problems.join('; ')}.`,
  invalidSdlSyntax: (line: number, column: number, reason: string) =>
    `SDL inválido (línea ${line}, columna ${column}): ${reason}`,
  invalidSdlSchema: (reasons: string[]) => `SDL inválido: ${reasons.join('; ')}`,
  compositionFailed: (count: number) =>
    `La composición con los demás subgrafos falló (${count} ${count === 1 ? 'error' : 'errores'}); el supergrafo vigente no cambia.`,
  unauthenticated: 'Se requiere un token de publicación válido (Authorization: Bearer <token>).',
  noSupergraph: 'Todavía no hay supergrafo: ningún subgrafo ha sido publicado.',
  subgraphNotFound: (name: string) => `No existe el subgrafo "${name}".`,
  routeNotFound: (method: string, path: string) => `No existe la ruta ${method} ${path}.`,
  internal: 'Error interno del registro.',
} as const;
