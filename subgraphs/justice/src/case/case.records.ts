import type { CaseMatter } from '../court/case-matter.enum';
import type { CaseStatus, HearingKind, HearingStatus, PartyKind, PartyRole, RulingKind } from './case.enums';
import type { CaseEntity } from './case.entity';
import type { HearingEntity } from './hearing.entity';
import type { PartyEntity } from './party.entity';
import type { RulingEntity } from './ruling.entity';

/**
 * What every object of a case carries for the rules and the audit: the CIs of the case's
 * person parties (who may read it besides clerks) and the CI of the citizen whose record
 * it was reached from (whose data the read is; null when reached by number or by a mutation).
 */
export interface CaseAccess {
  partyCis: readonly string[];
  viaCi: string | null;
}

/** A case as resolvers pass it to its fields. */
export interface CaseRecord extends CaseAccess {
  number: string;
  courtCode: string;
  matter: CaseMatter;
  status: CaseStatus;
  filedOn: string;
  summary: string | null;
}

/** A party as resolvers pass it to its fields. */
export interface PartyRecord extends CaseAccess {
  id: string;
  kind: PartyKind;
  role: PartyRole;
  name: string;
  ci: string | null;
  nit: string | null;
}

/** A hearing as resolvers pass it to its fields. */
export interface HearingRecord extends CaseAccess {
  id: string;
  startsAt: string;
  courtroom: string;
  kind: HearingKind;
  status: HearingStatus;
}

/** A ruling as resolvers pass it to its fields. */
export interface RulingRecord extends CaseAccess {
  id: string;
  issuedOn: string;
  kind: RulingKind;
  summary: string;
}

/** Returns the CIs of the person parties among `parties`. */
export function personCis(parties: readonly PartyEntity[]): string[] {
  return parties.flatMap((party) => (party.ci === null ? [] : [party.ci]));
}

/** Returns the record of a case row. */
export function toCaseRecord(row: Pick<CaseEntity, 'number' | 'courtCode' | 'matter' | 'status' | 'filedOn' | 'summary'>, access: CaseAccess): CaseRecord {
  return {
    number: row.number,
    courtCode: row.courtCode,
    matter: row.matter as CaseMatter,
    status: row.status as CaseStatus,
    filedOn: row.filedOn,
    summary: row.summary,
    partyCis: access.partyCis,
    viaCi: access.viaCi,
  };
}

/** Returns the record of a party row. */
export function toPartyRecord(row: PartyEntity, access: CaseAccess): PartyRecord {
  return {
    id: String(row.id),
    kind: row.kind as PartyKind,
    role: row.role as PartyRole,
    name: row.name,
    ci: row.ci,
    nit: row.nit,
    partyCis: access.partyCis,
    viaCi: access.viaCi,
  };
}

/** Returns the record of a hearing row. */
export function toHearingRecord(row: HearingEntity, access: CaseAccess): HearingRecord {
  return {
    id: String(row.id),
    startsAt: row.startsAt,
    courtroom: row.courtroom,
    kind: row.kind as HearingKind,
    status: row.status as HearingStatus,
    partyCis: access.partyCis,
    viaCi: access.viaCi,
  };
}

/** Returns the record of a ruling row. */
export function toRulingRecord(row: RulingEntity, access: CaseAccess): RulingRecord {
  return {
    id: String(row.id),
    issuedOn: row.issuedOn,
    kind: row.kind as RulingKind,
    summary: row.summary,
    partyCis: access.partyCis,
    viaCi: access.viaCi,
  };
}

/** Shape of a case number: `<COURT>-<YYYY>-<NNNNNN>`. */
export const CASE_NUMBER = /^[A-Z]{3}-[A-Z]{3}-\d{2}-\d{4}-\d{6}$/;
