import { In, type DataSource, type Repository } from 'typeorm';
import { CaseEntity } from './case.entity';
import { HearingEntity } from './hearing.entity';
import { PartyEntity } from './party.entity';
import { RulingEntity } from './ruling.entity';

/** The columns of a case its readers need. */
export type CaseRow = Pick<CaseEntity, 'number' | 'courtCode' | 'matter' | 'status' | 'filedOn' | 'summary'>;

/** Groups `rows` by `keyOf` and returns the groups in the order of `keys` (empty where none). */
function groupInKeyOrder<R>(keys: readonly string[], rows: readonly R[], keyOf: (row: R) => string): R[][] {
  const groups = new Map<string, R[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}

/** Reads cases and what hangs from them; each method is one statement for a whole batch of keys. */
export class CaseService {
  private readonly cases: Repository<CaseEntity>;
  private readonly parties: Repository<PartyEntity>;
  private readonly hearings: Repository<HearingEntity>;
  private readonly rulings: Repository<RulingEntity>;

  constructor(dataSource: DataSource) {
    this.cases = dataSource.getRepository(CaseEntity);
    this.parties = dataSource.getRepository(PartyEntity);
    this.hearings = dataSource.getRepository(HearingEntity);
    this.rulings = dataSource.getRepository(RulingEntity);
  }

  /** Returns the cases of the given numbers in the same order (null where none). */
  async findByNumbers(numbers: readonly string[]): Promise<Array<CaseEntity | null>> {
    const rows = await this.cases.findBy({ number: In([...new Set(numbers)]) });
    const byNumber = new Map(rows.map((row) => [row.number, row]));
    return numbers.map((number) => byNumber.get(number) ?? null);
  }

  /** Returns, per CI, the cases where that person is a party, newest first (filing date, then number). */
  async findByPartyCis(cis: readonly string[]): Promise<CaseRow[][]> {
    const rows: Array<CaseRow & { partyCi: string }> = await this.cases
      .createQueryBuilder('c')
      .innerJoin(PartyEntity, 'p', 'p.case_number = c.number')
      .select(['c.number AS number', 'c.court_code AS courtCode', 'c.matter AS matter', 'c.status AS status'])
      .addSelect(['c.filed_on AS filedOn', 'c.summary AS summary', 'p.ci AS partyCi'])
      .where('p.ci IN (:...cis)', { cis: [...new Set(cis)] })
      .orderBy('c.filed_on', 'DESC')
      .addOrderBy('c.number', 'DESC')
      .getRawMany();
    // A person who is a party twice in one case (e.g. DEMANDANTE and TERCERO) sees the case once.
    const seen = new Set<string>();
    const unique = rows.filter((row) => {
      const key = `${row.partyCi}\u0000${row.number}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    return groupInKeyOrder(cis, unique, (row) => row.partyCi).map((group) => group.map(({ partyCi: _partyCi, ...row }) => row));
  }

  /** Returns, per case number, its parties in the order they were added. */
  async findPartiesByCases(numbers: readonly string[]): Promise<PartyEntity[][]> {
    const rows = await this.parties.find({ where: { caseNumber: In([...new Set(numbers)]) }, order: { id: 'ASC' } });
    return groupInKeyOrder(numbers, rows, (row) => row.caseNumber);
  }

  /** Returns, per case number, its hearings by date. */
  async findHearingsByCases(numbers: readonly string[]): Promise<HearingEntity[][]> {
    const rows = await this.hearings.find({ where: { caseNumber: In([...new Set(numbers)]) }, order: { startsAt: 'ASC', id: 'ASC' } });
    return groupInKeyOrder(numbers, rows, (row) => row.caseNumber);
  }

  /** Returns, per case number, its rulings by date of issue. */
  async findRulingsByCases(numbers: readonly string[]): Promise<RulingEntity[][]> {
    const rows = await this.rulings.find({ where: { caseNumber: In([...new Set(numbers)]) }, order: { issuedOn: 'ASC', id: 'ASC' } });
    return groupInKeyOrder(numbers, rows, (row) => row.caseNumber);
  }
}
