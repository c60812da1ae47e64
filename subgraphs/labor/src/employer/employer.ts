import { ENTITY_CODE_PATTERN, publicEntityRef } from '../public-entity/public-entity.type';
import { EmployerKind, type Employer } from './employer.type';

/** An employer as the tables store it (the same columns in employment and job_posting). */
export interface EmployerRecord {
  kind: EmployerKind;
  entityCode: string | null;
  nit: string | null;
  name: string;
}

/** A company's NIT: 7 to 12 digits. */
export const NIT_PATTERN = /^[0-9]{7,12}$/;

/** Names of the public entities the demo data employs (labour stores names so an Employer needs no other subgraph). */
export const KNOWN_ENTITY_NAMES: Readonly<Record<string, string>> = Object.freeze({
  'MIN-TRABAJO': 'Ministerio de Trabajo, Empleo y Previsión Social',
  'MIN-SALUD': 'Ministerio de Salud y Deportes',
  'MIN-EDUCACION': 'Ministerio de Educación',
  'MIN-ECONOMIA': 'Ministerio de Economía y Finanzas Públicas',
  'GAM-010101': 'Gobierno Autónomo Municipal de Sucre',
  'GAM-020101': 'Gobierno Autónomo Municipal de La Paz',
  'GAM-020105': 'Gobierno Autónomo Municipal de El Alto',
  'GAM-030101': 'Gobierno Autónomo Municipal de Cochabamba',
  'GAM-040101': 'Gobierno Autónomo Municipal de Oruro',
  'GAM-050101': 'Gobierno Autónomo Municipal de Potosí',
  'GAM-060101': 'Gobierno Autónomo Municipal de Tarija',
  'GAM-070101': 'Gobierno Autónomo Municipal de Santa Cruz de la Sierra',
  'GAM-080101': 'Gobierno Autónomo Municipal de Trinidad',
  'GAM-090101': 'Gobierno Autónomo Municipal de Cobija',
  YPFB: 'Yacimientos Petrolíferos Fiscales Bolivianos',
  ENTEL: 'Empresa Nacional de Telecomunicaciones',
  BOA: 'Boliviana de Aviación',
  ENDE: 'Empresa Nacional de Electricidad',
  AGETIC: 'Agencia de Gobierno Electrónico y Tecnologías de Información y Comunicación',
  CNS: 'Caja Nacional de Salud',
});

/** The unchecked employer of a mutation's input. */
export interface EmployerCommand {
  entityCode?: string | null;
  nit?: string | null;
  name?: string | null;
}

/**
 * Returns the employer an input names — exactly one of a public entity code, or a
 * company's NIT with its name — or null when it names neither (or both, or badly).
 */
export function parseEmployer(input: EmployerCommand | null | undefined): EmployerRecord | null {
  const entityCode = input?.entityCode ?? null;
  const nit = input?.nit ?? null;
  const name = (input?.name ?? '').trim();
  if (name.length > 200) return null;
  if (entityCode !== null) {
    if (nit !== null || !ENTITY_CODE_PATTERN.test(entityCode)) return null;
    return { kind: EmployerKind.PUBLIC_ENTITY, entityCode, nit: null, name: name || KNOWN_ENTITY_NAMES[entityCode] || entityCode };
  }
  if (nit === null || !NIT_PATTERN.test(nit) || name.length === 0) return null;
  return { kind: EmployerKind.COMPANY, entityCode: null, nit, name };
}

/** Returns the key that says two records name the same employer (`E:<code>` or `N:<nit>`). */
export function employerKey(employer: Pick<EmployerRecord, 'entityCode' | 'nit'>): string {
  return employer.entityCode !== null ? `E:${employer.entityCode}` : `N:${employer.nit ?? ''}`;
}

/** Returns the GraphQL Employer of a stored employer. */
export function toEmployer(record: EmployerRecord): Employer {
  return { kind: record.kind, entity: publicEntityRef(record.entityCode), nit: record.nit, name: record.name };
}
