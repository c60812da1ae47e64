/**
 * The kit's user-facing messages, Spanish first. One place, so that the portal's other
 * languages (Quechua, Aymara, Guaraní) can be added as catalogues beside this one.
 */
export const messages = {
  forbidden: 'No autorizado: no tiene permiso para leer este dato.',
  rejected: (reason: string) => `Solicitud rechazada: ${reason}`,
  notFound: 'Ruta no encontrada.',
  tooLarge: 'Solicitud demasiado grande.',
  malformedBody: 'Solicitud mal formada: el cuerpo debe ser JSON.',
  internal: 'Error interno del servidor.',
  invalidCursor: 'Cursor inválido: use el valor endCursor de una página anterior.',
  invalidPageSize: (max: number) => `El argumento first debe estar entre 1 y ${max}.`,
  auditUnavailable:
    'Datos personales retenidos: no se pudo registrar el acceso en la bitácora de auditoría. Intente nuevamente en unos momentos.',
} as const;
