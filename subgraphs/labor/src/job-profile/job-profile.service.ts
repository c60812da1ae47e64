import { In, type DataSource, type Repository } from 'typeorm';
import { isCi } from '../citizen/citizen.type';
import { LaborErrorCode, laborError, type LaborError } from '../labor-error.type';
import { messages } from '../messages';
import { departmentOf, isMunicipalityCode, territoryRef } from '../territory/territory.type';
import { JobProfileEntity } from './job-profile.entity';
import type { JobProfile, SaveJobProfileInput } from './job-profile.type';

/** Outcome of save(): the profile, or an expected error (nothing written). */
export type SaveProfileOutcome = { ok: true; profile: JobProfile; error: null } | { ok: false; profile: null; error: LaborError };

/** Citizens' job profiles. */
export class JobProfileService {
  private readonly profiles: Repository<JobProfileEntity>;

  constructor(
    dataSource: DataSource,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.profiles = dataSource.getRepository(JobProfileEntity);
  }

  /** Returns the profile of each CI (null when none), in key order, in one query. */
  async findByCis(cis: readonly string[]): Promise<Array<JobProfile | null>> {
    const rows = cis.length === 0 ? [] : await this.profiles.find({ where: { ci: In([...cis]) } });
    const byCi = new Map(rows.map((row) => [row.ci, toJobProfile(row)]));
    return cis.map((ci) => byCi.get(ci) ?? null);
  }

  /**
   * Returns up to `limit` profiles visible to employers in `departmentCode`, those of
   * `municipalityCode` first, then by CI: the candidates a posting's matching scores.
   */
  async findVisibleCandidates(departmentCode: string, municipalityCode: string, limit: number): Promise<JobProfile[]> {
    const rows = await this.profiles
      .createQueryBuilder('j')
      .addSelect('CASE WHEN j.territory_code = :municipality THEN 0 ELSE 1 END', 'nearness')
      .where('j.visibleToEmployers = 1 AND j.departmentCode = :department', { department: departmentCode })
      .setParameter('municipality', municipalityCode)
      .orderBy('nearness', 'ASC')
      .addOrderBy('j.ci', 'ASC')
      .limit(limit)
      .getMany();
    return rows.map(toJobProfile);
  }

  /** Checks and saves (creates or replaces) the citizen's profile. */
  async save(input: SaveJobProfileInput): Promise<SaveProfileOutcome> {
    if (!isCi(input.ci)) return failure(LaborErrorCode.INVALID_CI, messages.invalidCi, 'ci');
    const desiredPosition = input.desiredPosition.trim();
    if (desiredPosition.length < 1 || desiredPosition.length > 120) {
      return failure(LaborErrorCode.INVALID_DESIRED_POSITION, messages.invalidDesiredPosition, 'desiredPosition');
    }
    if (!isMunicipalityCode(input.territoryCode)) return failure(LaborErrorCode.INVALID_TERRITORY, messages.invalidTerritory, 'territoryCode');
    const skills = input.skills.map((skill) => skill.trim());
    if (skills.length > 20 || skills.some((skill) => skill.length < 1 || skill.length > 60)) {
      return failure(LaborErrorCode.INVALID_SKILLS, messages.invalidSkills, 'skills');
    }
    const row: JobProfileEntity = {
      ci: input.ci,
      desiredPosition,
      territoryCode: input.territoryCode,
      departmentCode: departmentOf(input.territoryCode),
      skills: JSON.stringify(skills),
      visibleToEmployers: input.visibleToEmployers ? 1 : 0,
      updatedAt: this.clock().toISOString(),
    };
    await this.profiles.save(row);
    return { ok: true, profile: toJobProfile(row), error: null };
  }
}

/** Returns the GraphQL JobProfile of a row (experienceMonths is resolved from the employment register). */
export function toJobProfile(row: JobProfileEntity): JobProfile {
  return {
    ci: row.ci,
    desiredPosition: row.desiredPosition,
    territory: territoryRef(row.territoryCode),
    skills: JSON.parse(row.skills) as string[],
    visibleToEmployers: Number(row.visibleToEmployers) === 1,
    updatedAt: row.updatedAt,
  };
}

function failure(code: LaborErrorCode, message: string, field: string): SaveProfileOutcome {
  return { ok: false, profile: null, error: laborError(code, message, field) };
}
