/** Client-facing messages of the gateway's own refusals (Spanish first; one place to translate them). */
export const MESSAGES = {
  invalidToken: 'Token inválido o vencido.',
  identityUnavailable: 'No se puede verificar la sesión en este momento; intente de nuevo en unos segundos.',
  notActingEntity: 'El usuario no actúa por esa entidad.',
  rateLimited: (seconds: number) => `Demasiadas solicitudes; intente de nuevo en ${seconds} s.`,
  persistedQueryNotFound: 'La operación persistida no está registrada en el gateway (hash desconocido).',
  persistedQueryMismatch: 'El hash enviado no corresponde al texto de la operación.',
  operationNotRegistered:
    'Operación no registrada: en producción, las solicitudes anónimas y de ciudadanos solo pueden ejecutar las operaciones registradas de la aplicación.',
  introspectionDisabled: 'La introspección del esquema no está disponible para este usuario en producción.',
} as const;
