/** Level of a territorial unit in INE's codification (the values are stored as they are in the CSV). */
export enum TerritoryLevel {
  DEPARTMENT = 'department',
  PROVINCE = 'province',
  MUNICIPALITY = 'municipality',
}

/** One territorial unit as the services return it. */
export interface TerritoryRecord {
  /** INE code: `DD` (department), `DDPP` (province) or `DDPPMM` (municipality). */
  code: string;
  name: string;
  level: TerritoryLevel;
  /** Code of the unit one level up; null for departments. */
  parentCode: string | null;
  departmentCode: string;
  /** One of the 3 TIOC the INE counts as municipal-level units. */
  isIndigenousAutonomy: boolean;
}

/** INE codes are 2, 4 or 6 digits, by level. */
const TERRITORY_CODE_PATTERN = /^\d{2}(\d{2}){0,2}$/;

/** Is `code` shaped like an INE territory code (`DD`, `DDPP` or `DDPPMM`)? */
export function isTerritoryCode(code: string): boolean {
  return TERRITORY_CODE_PATTERN.test(code);
}

/** Returns the level a well-formed INE code belongs to (by its length). */
export function levelOfCode(code: string): TerritoryLevel {
  if (code.length === 2) return TerritoryLevel.DEPARTMENT;
  if (code.length === 4) return TerritoryLevel.PROVINCE;
  return TerritoryLevel.MUNICIPALITY;
}

/** Returns the code of the unit one level up, or null for a department. */
export function parentCodeOf(code: string): string | null {
  return code.length > 2 ? code.slice(0, code.length - 2) : null;
}
