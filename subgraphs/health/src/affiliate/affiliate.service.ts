import { In, type DataSource, type Repository } from 'typeorm';
import { AffiliateEntity } from './affiliate.entity';
import type { Affiliate, AffiliationStatus } from './affiliate.type';

/** Reads affiliations. */
export class AffiliateService {
  private readonly affiliates: Repository<AffiliateEntity>;

  constructor(dataSource: DataSource) {
    this.affiliates = dataSource.getRepository(AffiliateEntity);
  }

  /** Returns the affiliations of the given CIs in the same order (null where none), in one statement. */
  async findByCis(cis: readonly string[]): Promise<Array<Affiliate | null>> {
    const rows = await this.affiliates.findBy({ ci: In([...new Set(cis)]) });
    const byCi = new Map(rows.map((row) => [row.ci, toAffiliate(row)]));
    return cis.map((ci) => byCi.get(ci) ?? null);
  }
}

function toAffiliate(row: AffiliateEntity): Affiliate {
  return {
    ci: row.ci,
    affiliationNumber: row.affiliationNumber,
    insurer: { code: row.insurer },
    status: row.status as AffiliationStatus,
    since: row.since,
    employerName: row.employerName,
  };
}
