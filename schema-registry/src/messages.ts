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
  unauthenticated: 'Se requiere una clave de publicación válida (Authorization: Bearer egob_pk_…).',
  keyRevoked: (id: string) => `La clave de publicación ${id} fue revocada.`,
  forbiddenOwner: (keyOwner: string, subgraphOwner: string) =>
    `La clave de ${keyOwner} no puede publicar el subgrafo de ${subgraphOwner}.`,
  adminUnauthenticated: 'Se requiere la clave de administración del registro (Authorization: Bearer <REGISTRY_ADMIN_KEY>).',
  usageUnauthenticated: 'Se requiere la clave de uso del registro (Authorization: Bearer <REGISTRY_USAGE_KEY>).',
  unknownOwner: (code: string) => `La entidad "${code}" no está registrada como propietaria; el administrador debe registrarla (POST /owners).`,
  ownerExists: (code: string) => `La entidad "${code}" ya está registrada.`,
  fieldOwnerName: 'requerido: nombre de la entidad, de 1 a 200 caracteres',
  fieldKeyDescription: 'requerida: descripción de la clave, de 1 a 200 caracteres',
  fieldForceReason: 'force.reason: requerido al forzar, de 3 a 500 caracteres',
  keyNotFound: (id: string) => `No existe la clave de publicación "${id}".`,
  invalidUsage: (where: string, reason: string) => `Reporte de uso inválido en ${where}: ${reason}; no se guardó nada.`,
  publicVariantFailed: (count: number) =>
    `La variante pública del supergrafo no es válida (${count} ${count === 1 ? 'error' : 'errores'}); el supergrafo vigente no cambia.`,
  breakingChangeInUse: (uses: string[]) => `Cambios incompatibles en uso, rompería: ${uses.join('; ')}.`,
  breakingUse: (coordinate: string, operationName: string, clientName: string, count: number) =>
    `${coordinate} usado por la operación ${operationName} del cliente ${clientName} (${count} ${count === 1 ? 'vez' : 'veces'})`,
  lintFailed: (count: number) =>
    `El SDL no cumple las reglas de estilo (${count} ${count === 1 ? 'problema' : 'problemas'}, LINT_SEVERITY=error).`,
  usageNoBreaking: 'No hay cambios incompatibles: no se consultó el uso.',
  usageNoTraffic: (since: string, coordinates: string[]) => `Sin tráfico registrado desde ${since} para: ${coordinates.join(', ')}`,
  usageInUse: (since: string, coordinates: string[]) => `Con tráfico registrado desde ${since} para: ${coordinates.join(', ')}`,
  lintDescription: (coordinate: string) => `Falta la descripción de ${coordinate}.`,
  lintTypeName: (name: string) => `El nombre del tipo ${name} debe estar en PascalCase.`,
  lintFieldName: (coordinate: string) => `El nombre del campo ${coordinate} debe estar en camelCase.`,
  lintArgumentName: (coordinate: string) => `El nombre del argumento ${coordinate} debe estar en camelCase.`,
  lintEnumValueName: (coordinate: string) => `El valor de enumeración ${coordinate} debe estar en SCREAMING_SNAKE_CASE.`,
  anonymousOperation: '(anónima)',
  unknownClient: '(desconocido)',
  noSupergraph: 'Todavía no hay supergrafo: ningún subgrafo ha sido publicado.',
  subgraphNotFound: (name: string) => `No existe el subgrafo "${name}".`,
  routeNotFound: (method: string, path: string) => `No existe la ruta ${method} ${path}.`,
  internal: 'Error interno del registro.',
} as const;
