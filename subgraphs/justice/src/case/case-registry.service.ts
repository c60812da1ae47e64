import type { DataSource } from 'typeorm';
import { COURT_CODE } from '../court/court-code';
import type { CaseMatter } from '../court/case-matter.enum';
import { CourtEntity } from '../court/court.entity';
import { messages } from '../messages';
import { CaseStatus, HearingStatus, PartyKind, RulingKind, type HearingKind, type PartyRole } from './case.enums';
import { CaseEntity } from './case.entity';
import {
  CASE_NUMBER,
  personCis,
  toCaseRecord,
  toHearingRecord,
  toPartyRecord,
  toRulingRecord,
  type CaseRecord,
  type HearingRecord,
  type PartyRecord,
  type RulingRecord,
} from './case.records';
import { HearingEntity } from './hearing.entity';
import { JusticeErrorCode, type JusticeError } from './justice-error.type';
import { isCalendarDate, laPazToday, parseUtcInstant } from './justice-dates';
import { PartyEntity } from './party.entity';
import { RulingEntity } from './ruling.entity';

/** A person's CI as a party is registered with it. */
export const PARTY_CI = /^[0-9]{5,10}(-[0-9][A-Z])?$/;
/** A company's NIT. */
export const PARTY_NIT = /^[0-9]{7,12}$/;

/** How many times registerCase tries the next number when another registration took it first. */
const MAX_NUMBERING_ATTEMPTS = 5;

/** Is `error` a unique-index violation, or the deadlock MariaDB may report instead for two racing inserts? */
function isDuplicateKey(error: unknown): boolean {
  const code = (error as { driverError?: { code?: unknown }; code?: unknown })?.driverError?.code ?? (error as { code?: unknown })?.code;
  return code === 'ER_DUP_ENTRY' || code === 'ER_LOCK_DEADLOCK' || (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT'));
}

/** Outcome of a clerk's operation: the object, or an expected error (nothing written). */
export type Outcome<K extends string, T> = ({ ok: true; error: null } & Record<K, T>) | ({ ok: false; error: JusticeError } & Record<K, null>);

/** Commands as the API receives them (unchecked). */
export interface RegisterCaseCommand {
  courtCode: string;
  matter?: CaseMatter | null;
  filedOn: string;
  summary: string;
}
export interface AddPartyCommand {
  caseNumber: string;
  kind: PartyKind;
  role: PartyRole;
  name: string;
  ci?: string | null;
  nit?: string | null;
}
export interface ScheduleHearingCommand {
  caseNumber: string;
  startsAt: string;
  courtroom: string;
  kind: HearingKind;
}
export interface RecordRulingCommand {
  caseNumber: string;
  issuedOn: string;
  kind: RulingKind;
  summary: string;
}
export interface SetCaseStatusCommand {
  caseNumber: string;
  status: CaseStatus;
}

/** Returns the error outcome for the object key `key`. */
function failure<K extends string>(key: K, code: JusticeErrorCode, message: string, field: string | null): { ok: false; error: JusticeError } & Record<K, null> {
  return { ok: false, [key]: null, error: { code, message, field } } as { ok: false; error: JusticeError } & Record<K, null>;
}

/** Returns the success outcome for the object key `key`. */
function success<K extends string, T>(key: K, value: T): { ok: true; error: null } & Record<K, T> {
  return { ok: true, [key]: value, error: null } as { ok: true; error: null } & Record<K, T>;
}

/** Returns the trimmed text when it has 1 to `max` characters, else null. */
function boundedText(text: string, max: number): string | null {
  const trimmed = text.trim();
  return trimmed.length >= 1 && trimmed.length <= max ? trimmed : null;
}

/** Clerks' writes: register cases, parties, hearings and rulings, and change a case's status. */
export class CaseRegistryService {
  constructor(
    private readonly dataSource: DataSource,
    /** The clock: injected so that "in the past" and "in the future" are exact in tests. */
    private readonly now: () => Date,
  ) {}

  /** Registers a case at a court, numbering it with the court's next sequence of the filing year. */
  async registerCase(command: RegisterCaseCommand): Promise<Outcome<'case', CaseRecord>> {
    if (!isCalendarDate(command.filedOn)) return failure('case', JusticeErrorCode.INVALID_DATE, messages.invalidFiledOn, 'filedOn');
    if (command.filedOn > laPazToday(this.now())) return failure('case', JusticeErrorCode.FILED_IN_FUTURE, messages.filedInFuture, 'filedOn');
    const summary = boundedText(command.summary, 1000);
    if (summary === null) return failure('case', JusticeErrorCode.INVALID_SUMMARY, messages.invalidSummary, 'summary');
    const court = COURT_CODE.test(command.courtCode) ? await this.dataSource.getRepository(CourtEntity).findOneBy({ code: command.courtCode }) : null;
    if (!court) return failure('case', JusticeErrorCode.UNKNOWN_COURT, messages.unknownCourt, 'courtCode');

    const filedYear = Number(command.filedOn.slice(0, 4));
    const matter = command.matter ?? (court.matter as CaseMatter);
    // Two clerks numbering at the same court and year at once: the court lock orders them; should the unique index still refuse one, it takes the next number.
    for (let attempt = 1; ; attempt++) {
      try {
        const row = await this.insertNextCase(court.code, filedYear, matter, command.filedOn, summary);
        return success('case', toCaseRecord(row, { partyCis: [], viaCi: null }));
      } catch (error) {
        if (attempt >= MAX_NUMBERING_ATTEMPTS || !isDuplicateKey(error)) throw error;
      }
    }
  }

  /** Inserts the case with the court's next sequence of `filedYear` and returns its row. */
  private insertNextCase(courtCode: string, filedYear: number, matter: CaseMatter, filedOn: string, summary: string): Promise<CaseEntity> {
    return this.dataSource.transaction(async (manager) => {
      // Registrations at one court take turns: the court's row is locked until this one
      // commits, so the next reads the new maximum (retrying on the unique index alone
      // let the sixth of six simultaneous clerks run out of attempts on MariaDB). SQLite
      // runs one write transaction at a time already.
      if (manager.connection.options.type !== 'better-sqlite3') {
        await manager.getRepository(CourtEntity).createQueryBuilder('court').setLock('pessimistic_write').where('court.code = :court', { court: courtCode }).getOne();
      }
      const [last] = await manager
        .getRepository(CaseEntity)
        .createQueryBuilder('c')
        .select('MAX(c.sequence)', 'last')
        .where('c.courtCode = :court AND c.filedYear = :year', { court: courtCode, year: filedYear })
        .getRawMany<{ last: number | string | null }>();
      const sequence = Number(last?.last ?? 0) + 1;
      const entity: CaseEntity = {
        number: `${courtCode}-${filedYear}-${String(sequence).padStart(6, '0')}`,
        courtCode,
        filedYear,
        sequence,
        matter,
        status: CaseStatus.ADMITTED,
        filedOn,
        summary,
      };
      await manager.getRepository(CaseEntity).insert(entity);
      return entity;
    });
  }

  /** Adds a person (by CI) or a company (by NIT) as a party of an open case. */
  async addParty(command: AddPartyCommand): Promise<Outcome<'party', PartyRecord>> {
    const name = boundedText(command.name, 200);
    if (name === null) return failure('party', JusticeErrorCode.INVALID_NAME, messages.invalidName, 'name');
    const ci = command.ci ?? null;
    const nit = command.nit ?? null;
    if (command.kind === PartyKind.PERSON) {
      if (ci === null || !PARTY_CI.test(ci)) return failure('party', JusticeErrorCode.INVALID_CI, messages.invalidCi, 'ci');
      if (nit !== null) return failure('party', JusticeErrorCode.INVALID_NIT, messages.nitOnlyForCompanies, 'nit');
    } else {
      if (nit === null || !PARTY_NIT.test(nit)) return failure('party', JusticeErrorCode.INVALID_NIT, messages.invalidNit, 'nit');
      if (ci !== null) return failure('party', JusticeErrorCode.INVALID_CI, messages.ciOnlyForPersons, 'ci');
    }
    const found = await this.findOpenCase(command.caseNumber);
    if (!found.ok) return failure('party', found.error.code, found.error.message, found.error.field);

    const parties = this.dataSource.getRepository(PartyEntity);
    const existing = await parties.findBy({ caseNumber: found.row.number });
    if (existing.some((party) => (ci !== null && party.ci === ci) || (nit !== null && party.nit === nit))) {
      return failure('party', JusticeErrorCode.DUPLICATE_PARTY, messages.duplicateParty, command.kind === PartyKind.PERSON ? 'ci' : 'nit');
    }
    const row: Omit<PartyEntity, 'id'> = { caseNumber: found.row.number, kind: command.kind, role: command.role, name, ci, nit };
    const inserted = await parties.insert(row);
    const id = Number(inserted.identifiers[0]!.id);
    return success('party', toPartyRecord({ ...row, id }, { partyCis: [...personCis(existing), ...(ci === null ? [] : [ci])], viaCi: null }));
  }

  /** Schedules a future hearing of an open case in a courtroom of its court that is free at that time. */
  async scheduleHearing(command: ScheduleHearingCommand): Promise<Outcome<'hearing', HearingRecord>> {
    const startsAt = parseUtcInstant(command.startsAt);
    if (startsAt === null) return failure('hearing', JusticeErrorCode.INVALID_DATE, messages.invalidStartsAt, 'startsAt');
    if (Date.parse(startsAt) <= this.now().getTime()) return failure('hearing', JusticeErrorCode.HEARING_IN_PAST, messages.hearingInPast, 'startsAt');
    const courtroom = boundedText(command.courtroom, 60);
    if (courtroom === null) return failure('hearing', JusticeErrorCode.INVALID_COURTROOM, messages.invalidCourtroom, 'courtroom');
    const found = await this.findOpenCase(command.caseNumber);
    if (!found.ok) return failure('hearing', found.error.code, found.error.message, found.error.field);

    const hearings = this.dataSource.getRepository(HearingEntity);
    const taken = await hearings.findBy({ courtCode: found.row.courtCode, courtroom, startsAt });
    if (taken.some((hearing) => hearing.status !== HearingStatus.SUSPENDED)) {
      return failure('hearing', JusticeErrorCode.COURTROOM_TAKEN, messages.courtroomTaken, 'startsAt');
    }
    const row: Omit<HearingEntity, 'id'> = {
      caseNumber: found.row.number,
      courtCode: found.row.courtCode,
      startsAt,
      courtroom,
      kind: command.kind,
      status: HearingStatus.SCHEDULED,
    };
    const inserted = await hearings.insert(row);
    return success('hearing', toHearingRecord({ ...row, id: Number(inserted.identifiers[0]!.id) }, { partyCis: [], viaCi: null }));
  }

  /** Records a ruling of an open case; a SENTENCIA moves the case to RULED (in the same transaction). */
  async recordRuling(command: RecordRulingCommand): Promise<Outcome<'ruling', RulingRecord>> {
    if (!isCalendarDate(command.issuedOn)) return failure('ruling', JusticeErrorCode.INVALID_DATE, messages.invalidIssuedOn, 'issuedOn');
    if (command.issuedOn > laPazToday(this.now())) return failure('ruling', JusticeErrorCode.ISSUED_IN_FUTURE, messages.issuedInFuture, 'issuedOn');
    const summary = boundedText(command.summary, 1000);
    if (summary === null) return failure('ruling', JusticeErrorCode.INVALID_SUMMARY, messages.invalidSummary, 'summary');
    const found = await this.findOpenCase(command.caseNumber);
    if (!found.ok) return failure('ruling', found.error.code, found.error.message, found.error.field);

    const row: Omit<RulingEntity, 'id'> = { caseNumber: found.row.number, issuedOn: command.issuedOn, kind: command.kind, summary };
    const id = await this.dataSource.transaction(async (manager) => {
      const inserted = await manager.getRepository(RulingEntity).insert(row);
      if (command.kind === RulingKind.SENTENCIA) await manager.getRepository(CaseEntity).update({ number: found.row.number }, { status: CaseStatus.RULED });
      return Number(inserted.identifiers[0]!.id);
    });
    return success('ruling', toRulingRecord({ ...row, id }, { partyCis: [], viaCi: null }));
  }

  /** Sets the status of a case (archiving closes it to new hearings, parties and rulings). */
  async setCaseStatus(command: SetCaseStatusCommand): Promise<Outcome<'case', CaseRecord>> {
    const row = CASE_NUMBER.test(command.caseNumber) ? await this.dataSource.getRepository(CaseEntity).findOneBy({ number: command.caseNumber }) : null;
    if (!row) return failure('case', JusticeErrorCode.UNKNOWN_CASE, messages.unknownCase, 'caseNumber');
    await this.dataSource.getRepository(CaseEntity).update({ number: row.number }, { status: command.status });
    const parties = await this.dataSource.getRepository(PartyEntity).findBy({ caseNumber: row.number });
    return success('case', toCaseRecord({ ...row, status: command.status }, { partyCis: personCis(parties), viaCi: null }));
  }

  /** Returns the case unless it is unknown or archived. */
  private async findOpenCase(caseNumber: string): Promise<{ ok: true; row: CaseEntity } | { ok: false; error: JusticeError }> {
    const row = CASE_NUMBER.test(caseNumber) ? await this.dataSource.getRepository(CaseEntity).findOneBy({ number: caseNumber }) : null;
    if (!row) return { ok: false, error: { code: JusticeErrorCode.UNKNOWN_CASE, message: messages.unknownCase, field: 'caseNumber' } };
    if (row.status === CaseStatus.ARCHIVED) return { ok: false, error: { code: JusticeErrorCode.CASE_CLOSED, message: messages.caseClosed, field: 'caseNumber' } };
    return { ok: true, row };
  }
}
