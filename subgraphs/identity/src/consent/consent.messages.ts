import { MAX_CONSENT_DAYS, MIN_CONSENT_DAYS } from './consent-scope';

/** User-facing messages of consents ("autorizaciones"), Spanish first. */
export const consentMessages = {
  invalidScope: 'Alcance inválido: use <subgrafo>:<área> en minúsculas (p. ej. education:titles).',
  invalidEntity: 'Código de entidad inválido: use de 2 a 32 letras mayúsculas, dígitos o guiones (p. ej. MIN-TRABAJO).',
  invalidExpiry: `La vigencia debe estar entre ${MIN_CONSENT_DAYS} día y ${MAX_CONSENT_DAYS} días (5 años).`,
  grantNotFound: 'Autorización no encontrada.',
  grantExpired: 'La autorización ya venció: no hace falta revocarla.',
  grantAlreadyRevoked: 'La autorización ya fue revocada.',
  invalidCi: 'Cédula de identidad inválida.',
} as const;
