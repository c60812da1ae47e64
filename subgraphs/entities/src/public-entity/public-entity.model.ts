/** Level of government or kind of a public entity (the values are stored as they are in the data file). */
export enum PublicEntityLevel {
  CENTRAL = 'central',
  DEPARTMENTAL = 'departmental',
  MUNICIPAL = 'municipal',
  INDIGENOUS = 'indigenous',
  OTHER_ORGAN = 'other_organ',
  STATE_COMPANY = 'state_company',
}

/** One public entity as the services return it. */
export interface PublicEntityRecord {
  code: string;
  name: string;
  acronym: string | null;
  level: PublicEntityLevel;
  /** INE code of the territory of its seat. */
  territoryCode: string;
}

/** Our entity codes: short uppercase identifiers such as `AGETIC`, `MIN-SALUD`, `GAM-020101`. */
const PUBLIC_ENTITY_CODE_PATTERN = /^[A-Z0-9-]{2,32}$/;

/** Is `code` shaped like a public entity code? */
export function isPublicEntityCode(code: string): boolean {
  return PUBLIC_ENTITY_CODE_PATTERN.test(code);
}

/** Is `value` one of the stored level values? */
export function isPublicEntityLevel(value: unknown): value is PublicEntityLevel {
  return typeof value === 'string' && (Object.values(PublicEntityLevel) as string[]).includes(value);
}
