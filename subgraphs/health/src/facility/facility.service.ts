import { In, type DataSource, type Repository } from 'typeorm';
import { toPage, type Page } from '@egob/subgraph-kit';
import type { CareLevel } from './care-level';
import { HealthFacilityEntity } from './facility.entity';
import type { HealthFacility } from './facility.type';
import { StaffEntity } from './staff.entity';

/** Filter and page of FacilityService.list. */
export interface FacilityQuery {
  departmentCode: string | null;
  level: CareLevel | null;
  first: number;
  afterCode: string | null;
}

/** A clinician as a facility's staff list has them. */
export interface StaffMember {
  ci: string;
  facilityCode: string;
  name: string;
  professionalRegistration: string;
}

/** Reads facilities and their staff. */
export class FacilityService {
  private readonly facilities: Repository<HealthFacilityEntity>;
  private readonly staff: Repository<StaffEntity>;

  constructor(dataSource: DataSource) {
    this.facilities = dataSource.getRepository(HealthFacilityEntity);
    this.staff = dataSource.getRepository(StaffEntity);
  }

  /** Returns the facilities of the given codes in the same order (null where none), in one statement. */
  async findByCodes(codes: readonly string[]): Promise<Array<HealthFacility | null>> {
    const rows = await this.facilities.findBy({ code: In([...new Set(codes)]) });
    const byCode = new Map(rows.map((row) => [row.code, toHealthFacility(row)]));
    return codes.map((code) => byCode.get(code) ?? null);
  }

  /** Returns the facility `code`, or null. */
  async findByCode(code: string): Promise<HealthFacility | null> {
    const row = await this.facilities.findOneBy({ code });
    return row ? toHealthFacility(row) : null;
  }

  /** Returns one page of facilities matching the filter, ordered by code, after `afterCode`. */
  async list(query: FacilityQuery): Promise<Page<HealthFacility>> {
    const filtered = () => {
      const builder = this.facilities.createQueryBuilder('facility').where('1 = 1');
      if (query.departmentCode !== null) builder.andWhere('facility.departmentCode = :department', { department: query.departmentCode });
      if (query.level !== null) builder.andWhere('facility.level = :level', { level: query.level });
      return builder;
    };
    const page = filtered().orderBy('facility.code', 'ASC').limit(query.first + 1);
    if (query.afterCode !== null) page.andWhere('facility.code > :afterCode', { afterCode: query.afterCode });
    const rows = await page.getMany();
    return toPage(rows, query.first, (row) => row.code, toHealthFacility, () => filtered().getCount());
  }

  /** Returns the clinician `ci` as staff of `facilityCode`, or null when they do not work there. */
  async findStaffMember(ci: string, facilityCode: string): Promise<StaffMember | null> {
    return this.staff.findOneBy({ ci, facilityCode });
  }
}

/** Is `code` a facility code (6 digits)? */
export function isFacilityCode(code: string): boolean {
  return /^\d{6}$/.test(code);
}

/** Returns the HealthFacility of a row. */
export function toHealthFacility(row: HealthFacilityEntity): HealthFacility {
  return { code: row.code, name: row.name, level: row.level as CareLevel, kind: row.kind, territoryCode: row.territoryCode };
}
