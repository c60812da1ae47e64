import { createRandom, demoCitizenAt, type DemoCitizen } from '@egob/demo-data';
import { CaseMatter } from '../court/case-matter.enum';
import type { CourtRecord } from '../court/court-catalogue';
import { CaseStatus, HearingKind, HearingStatus, PartyKind, PartyRole, RulingKind } from './case.enums';
import type { CaseEntity } from './case.entity';
import type { HearingEntity } from './hearing.entity';
import type { PartyEntity } from './party.entity';
import type { RulingEntity } from './ruling.entity';

/** The date the demo data is written against: every HELD hearing is before it, every SCHEDULED one after it (in 2027). */
export const SEED_REFERENCE_DATE = '2026-12-01';
/** One demo citizen in this many (indexes 12, 24, …) is the main party of a seeded case. */
export const CASE_EVERY = 12;
/** The demo citizen's case (index 0). */
export const DEMO_CASE_NUMBER = 'LPZ-CIV-03-2025-000001';

/** The rows of one seeded case. */
export interface SeededCase {
  judicialCase: CaseEntity;
  parties: Array<Omit<PartyEntity, 'id'>>;
  hearings: Array<Omit<HearingEntity, 'id'>>;
  rulings: Array<Omit<RulingEntity, 'id'>>;
}

const DAY_MS = 86_400_000;
const FIRST_FILING = Date.UTC(2023, 0, 2);
/** Filing days span 2023-01-02 … 2026-06-30. */
const FILING_DAYS = 1276;
const FIRST_FUTURE_SLOT = Date.UTC(2027, 2, 1, 12);

const COMPANIES = [
  'Constructora Andina S.R.L.',
  'Comercial El Alto Ltda.',
  'Transportes Chiquitanos S.A.',
  'Textiles Altiplano S.R.L.',
  'Agroindustrias del Oriente S.A.',
  'Servicios Mineros Potosí Ltda.',
  'Distribuidora Valle Alto S.R.L.',
  'Importadora Pando S.A.',
];

const SUMMARIES: Record<CaseMatter, string> = {
  [CaseMatter.CIVIL]: 'Demanda de cumplimiento de contrato y pago de daños y perjuicios.',
  [CaseMatter.FAMILIA]: 'Demanda de asistencia familiar.',
  [CaseMatter.PENAL]: 'Denuncia por estafa.',
  [CaseMatter.LABORAL]: 'Demanda de pago de beneficios sociales.',
  [CaseMatter.ADMINISTRATIVO]: 'Proceso contencioso administrativo contra una resolución sancionatoria.',
  [CaseMatter.NINEZ_ADOLESCENCIA]: 'Proceso de guarda de un menor de edad.',
  [CaseMatter.AGRARIO]: 'Acción reivindicatoria de un predio agrario.',
};

/** Returns the full name of a demo citizen. */
export function fullName(person: DemoCitizen): string {
  return [person.names, person.firstSurname, person.secondSurname].filter(Boolean).join(' ');
}

/** Returns YYYY-MM-DD of a UTC time. */
function dateOf(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** The demo citizen's one case: CIVIL, IN_PROGRESS, against Inmobiliaria Illimani S.R.L.; one held and one scheduled hearing; no ruling. */
export function demoCase(): SeededCase {
  const demo = demoCitizenAt(0);
  return {
    judicialCase: {
      number: DEMO_CASE_NUMBER,
      courtCode: 'LPZ-CIV-03',
      filedYear: 2025,
      sequence: 1,
      matter: CaseMatter.CIVIL,
      status: CaseStatus.IN_PROGRESS,
      filedOn: '2025-03-10',
      summary: 'Demanda de devolución de garantía de un contrato de anticrético.',
    },
    parties: [
      { caseNumber: DEMO_CASE_NUMBER, kind: PartyKind.PERSON, role: PartyRole.DEMANDANTE, name: fullName(demo), ci: demo.ci, nit: null },
      { caseNumber: DEMO_CASE_NUMBER, kind: PartyKind.COMPANY, role: PartyRole.DEMANDADO, name: 'Inmobiliaria Illimani S.R.L.', ci: null, nit: '1020304050' },
    ],
    hearings: [
      { caseNumber: DEMO_CASE_NUMBER, courtCode: 'LPZ-CIV-03', startsAt: '2025-06-02T14:00:00.000Z', courtroom: 'Sala 3', kind: HearingKind.PRELIMINAR, status: HearingStatus.HELD },
      { caseNumber: DEMO_CASE_NUMBER, courtCode: 'LPZ-CIV-03', startsAt: '2027-02-15T14:00:00.000Z', courtroom: 'Sala 3', kind: HearingKind.JUICIO, status: HearingStatus.SCHEDULED },
    ],
    rulings: [],
  };
}

/**
 * Returns the case of demo citizen `index` (a multiple of CASE_EVERY, > 0), the same every
 * time: number `<court>-<year>-<index as 6 digits>`; the other party is demo citizen
 * index−1 or a company; HELD hearings before SEED_REFERENCE_DATE, SCHEDULED ones in 2027.
 */
export function seededCase(index: number, courts: readonly CourtRecord[]): SeededCase {
  const random = createRandom(index * 40_503 + 7);
  const court = courts[Math.floor(random() * courts.length)]!;
  const filedTime = FIRST_FILING + Math.floor(random() * FILING_DAYS) * DAY_MS;
  const filedOn = dateOf(filedTime);
  const roll = random();
  const status =
    filedOn < '2026-01-01'
      ? roll < 0.15 ? CaseStatus.ADMITTED : roll < 0.55 ? CaseStatus.IN_PROGRESS : roll < 0.85 ? CaseStatus.RULED : CaseStatus.ARCHIVED
      : roll < 0.4 ? CaseStatus.ADMITTED : CaseStatus.IN_PROGRESS;
  const filedYear = Number(filedOn.slice(0, 4));
  const number = `${court.code}-${filedYear}-${String(index).padStart(6, '0')}`;
  const penal = court.matter === CaseMatter.PENAL;
  const [active, passive] = penal ? [PartyRole.DENUNCIANTE, PartyRole.DENUNCIADO] : [PartyRole.DEMANDANTE, PartyRole.DEMANDADO];
  const person = demoCitizenAt(index);
  const mainIsActive = random() < 0.7;
  const personalMatter = penal || court.matter === CaseMatter.FAMILIA || court.matter === CaseMatter.NINEZ_ADOLESCENCIA;
  const withCompany = !personalMatter && random() < 0.5;
  const parties: SeededCase['parties'] = [
    { caseNumber: number, kind: PartyKind.PERSON, role: mainIsActive ? active : passive, name: fullName(person), ci: person.ci, nit: null },
  ];
  if (withCompany) {
    const company = COMPANIES[index % COMPANIES.length]!;
    parties.push({ caseNumber: number, kind: PartyKind.COMPANY, role: mainIsActive ? passive : active, name: company, ci: null, nit: String(1_000_000_000 + index * 37) });
  } else {
    const other = demoCitizenAt(index - 1);
    parties.push({ caseNumber: number, kind: PartyKind.PERSON, role: mainIsActive ? passive : active, name: fullName(other), ci: other.ci, nit: null });
  }

  const hearings: SeededCase['hearings'] = [];
  const rulings: SeededCase['rulings'] = [];
  const hearing = (time: number, kind: HearingKind, status: HearingStatus, room: number) =>
    hearings.push({ caseNumber: number, courtCode: court.code, startsAt: new Date(time).toISOString(), courtroom: `Sala ${room}`, kind, status });
  const room = 1 + Math.floor(random() * 6);
  const preliminary = filedTime + (30 + Math.floor(random() * 60)) * DAY_MS + (13 + Math.floor(random() * 3)) * 3_600_000;
  // A distinct future slot per case (180 days × 8 hours × 6 rooms), so seeded hearings never share a courtroom and time.
  const slot = index / CASE_EVERY;
  const future = FIRST_FUTURE_SLOT + (slot % 180) * DAY_MS + (Math.floor(slot / 180) % 8) * 3_600_000;
  const futureRoom = 1 + (Math.floor(slot / 1440) % 6);
  if (status === CaseStatus.ADMITTED) {
    hearing(future, HearingKind.PRELIMINAR, HearingStatus.SCHEDULED, futureRoom);
  } else {
    hearing(preliminary, HearingKind.PRELIMINAR, HearingStatus.HELD, room);
    if (status === CaseStatus.IN_PROGRESS) {
      hearing(future, HearingKind.JUICIO, HearingStatus.SCHEDULED, futureRoom);
      if (random() < 0.3) rulings.push({ caseNumber: number, issuedOn: dateOf(preliminary), kind: RulingKind.AUTO_INTERLOCUTORIO, summary: 'Se rechaza la excepción de incompetencia.' });
    } else if (status === CaseStatus.RULED) {
      const trial = preliminary + (60 + Math.floor(random() * 60)) * DAY_MS;
      hearing(trial, HearingKind.JUICIO, HearingStatus.HELD, room);
      rulings.push({ caseNumber: number, issuedOn: dateOf(trial), kind: RulingKind.SENTENCIA, summary: 'Se declara probada en parte la demanda.' });
    } else {
      rulings.push({ caseNumber: number, issuedOn: dateOf(preliminary + 30 * DAY_MS), kind: RulingKind.AUTO_DEFINITIVO, summary: 'Se tiene por desistida la acción y se dispone el archivo de obrados.' });
    }
  }
  return {
    judicialCase: { number, courtCode: court.code, filedYear, sequence: index, matter: court.matter, status, filedOn, summary: SUMMARIES[court.matter] },
    parties,
    hearings,
    rulings,
  };
}
