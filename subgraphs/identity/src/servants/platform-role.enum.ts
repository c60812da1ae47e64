import { registerEnumType } from 'type-graphql';

/** Platform roles an admin may grant; the values are the token's role strings. */
export enum PlatformRole {
  ANALYST = 'analyst',
  DEVELOPER = 'developer',
  PLATFORM_ADMIN = 'platform:admin',
  AUDITOR = 'auditor',
}

registerEnumType(PlatformRole, {
  name: 'PlatformRole',
  description: 'Rol de plataforma que un administrador puede asignar (todo ciudadano tiene además el rol citizen).',
  valuesConfig: {
    ANALYST: { description: 'Analista de planificación: datos agregados, nunca personales.' },
    DEVELOPER: { description: 'Desarrollador de una entidad.' },
    PLATFORM_ADMIN: { description: 'Administrador de la plataforma (AGETIC).' },
    AUDITOR: { description: 'Auditor de la bitácora de accesos.' },
  },
});
