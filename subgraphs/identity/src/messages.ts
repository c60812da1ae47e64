import { authMessages } from './auth/auth.messages';

/** The identity subgraph's user-facing messages, Spanish first. */
export const messages = {
  ...authMessages,
  invalidCi:
    'Cédula de identidad inválida: use de 4 a 10 dígitos y, si tiene complemento, un guion y el complemento (p. ej. 1234567-1A).',
} as const;
