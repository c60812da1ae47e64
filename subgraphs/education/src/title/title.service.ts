import { type DataSource, type Repository } from 'typeorm';
import type { GraphClient } from '@egob/subgraph-kit';
import { isValidCi, maskCi } from '../citizen/ci';
import { EducationErrorCode, educationError, type Outcome } from '../education-error.type';
import { EnrolmentStatus } from '../enrolment/education-level';
import { EnrolmentEntity } from '../enrolment/enrolment.entity';
import type { EnrolmentService } from '../enrolment/enrolment.service';
import { InstitutionEntity } from '../institution/institution.entity';
import { toInstitutionRecord, type InstitutionService } from '../institution/institution.service';
import { messages } from '../messages';
import { depositTitle, verifyDocument } from './mailbox-client';
import { TITLE_CODE_PATTERN, TITLE_ISSUER, canonicalTitleContent, createTitleCode, sha256Hex } from './title-content';
import { TitleEntity } from './title.entity';
import { LEVEL_OF_TITLE, TitleKind } from './title-kind';
import { TitleVerificationStatus, type TitleVerification } from './title-verification.type';
import type { TitleRecord } from './title.type';

/** What issue() needs. */
export interface IssueTitle {
  ci: string;
  institutionCode: string;
  kind: TitleKind;
  name: string;
  issuedOn?: string | null;
}

/** Enrolment statuses that entitle a student to a title. */
const ENTITLING_STATUSES = [EnrolmentStatus.ENROLLED, EnrolmentStatus.PROMOTED, EnrolmentStatus.GRADUATED] as const;
const MAX_NAME = 200;
/** Longest exported document accepted for verification (identity's own limit). */
const MAX_DOCUMENT_LENGTH = 8192;

/** Academic titles: reads, issuance into the citizen's mailbox, and public verification. */
export class TitleService {
  private readonly titles: Repository<TitleEntity>;
  /** The issue of each title running now, by title (see issue()). */
  private readonly issuing = new Map<string, Promise<void>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly institutions: InstitutionService,
    private readonly enrolments: EnrolmentService,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.titles = dataSource.getRepository(TitleEntity);
  }

  /** Returns the titles of each CI in the same order, oldest first, each with its institution, in one statement. */
  async findByCis(cis: readonly string[]): Promise<TitleRecord[][]> {
    const rows = await this.titles
      .createQueryBuilder('title')
      .leftJoinAndMapOne('title.institution', InstitutionEntity, 'institution', 'institution.code = title.institutionCode')
      .where('title.ci IN (:...cis)', { cis: [...new Set(cis)] })
      .orderBy('title.issuedOn', 'ASC')
      .addOrderBy('title.seq', 'ASC')
      .getMany();
    const byCi = new Map<string, TitleRecord[]>();
    for (const row of rows as Array<TitleEntity & { institution?: InstitutionEntity | null }>) {
      const list = byCi.get(row.ci) ?? [];
      list.push({ ...toTitleRecord(row), ...(row.institution ? { institution: toInstitutionRecord(row.institution) } : {}) });
      byCi.set(row.ci, list);
    }
    return cis.map((ci) => byCi.get(ci) ?? []);
  }

  /**
   * Issues a title: checks the input and the enrolment, deposits the signed document in the
   * citizen's mailbox through the gateway (`graph`), then stores the title and marks the
   * enrolment GRADUATED. Any typed error means nothing was written and nothing deposited.
   * Issues of the same title (CI, institution, kind, name) run one at a time, so a double
   * submission cannot pass the "already issued" check twice and deposit twice; the unique
   * index on those columns refuses a second record should another process race this one.
   */
  async issue(input: IssueTitle, graph: GraphClient | null): Promise<Outcome<TitleRecord>> {
    const key = JSON.stringify([input.ci, input.institutionCode, input.kind, input.name.trim()]);
    const run = (this.issuing.get(key) ?? Promise.resolve()).then(() => this.issueAlone(input, graph));
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    this.issuing.set(key, settled);
    try {
      return await run;
    } finally {
      if (this.issuing.get(key) === settled) this.issuing.delete(key);
    }
  }

  private async issueAlone(input: IssueTitle, graph: GraphClient | null): Promise<Outcome<TitleRecord>> {
    const { errors } = messages;
    if (!isValidCi(input.ci)) return fail(EducationErrorCode.INVALID_CI, errors.invalidCi, 'ci');
    const name = input.name.trim();
    if (name.length === 0 || name.length > MAX_NAME) return fail(EducationErrorCode.INVALID_TITLE_NAME, errors.invalidTitleName, 'name');
    const now = this.now();
    const today = now.toISOString().slice(0, 10);
    const issuedOn = input.issuedOn ?? today;
    if (!isIsoDate(issuedOn) || issuedOn > today) return fail(EducationErrorCode.INVALID_ISSUED_ON, errors.invalidIssuedOn, 'issuedOn');
    const [institution] = await this.institutions.findByCodes([input.institutionCode]);
    if (!institution) return fail(EducationErrorCode.UNKNOWN_INSTITUTION, errors.unknownInstitution, 'institutionCode');
    const level = LEVEL_OF_TITLE[input.kind];
    const enrolment = await this.enrolments.findLatest(input.ci, institution.code, level, ENTITLING_STATUSES);
    if (!enrolment) return fail(EducationErrorCode.NOT_ENROLLED, errors.notEnrolled(level), 'ci');
    const issuedBefore = await this.titles.existsBy({ ci: input.ci, institutionCode: institution.code, kind: input.kind, name });
    if (issuedBefore) return fail(EducationErrorCode.TITLE_ALREADY_ISSUED, errors.titleAlreadyIssued, 'name');
    if (!graph) return fail(EducationErrorCode.DELIVERY_UNAVAILABLE, errors.deliveryUnavailable, null);

    const code = createTitleCode(Number(issuedOn.slice(0, 4)));
    const content = canonicalTitleContent({
      code,
      ci: input.ci,
      kind: input.kind,
      name,
      institution: { code: institution.code, name: institution.name },
      issuedOn,
      issuer: TITLE_ISSUER,
    });
    const delivery = await depositTitle(graph, { ci: input.ci, title: name, content, issuedAt: now.toISOString() });
    if (!delivery.ok) return fail(EducationErrorCode.DELIVERY_FAILED, errors.deliveryFailed(delivery.reason), null);

    const row = {
      code,
      ci: input.ci,
      kind: input.kind,
      name,
      institutionCode: institution.code,
      issuedOn,
      contentSha256: sha256Hex(content),
      mailboxDocumentId: delivery.documentId,
      exported: delivery.exported,
      revokedOn: null,
    };
    try {
      await this.dataSource.transaction(async (manager) => {
        await manager.insert(TitleEntity, row);
        await manager.update(EnrolmentEntity, { id: enrolment.id }, { status: EnrolmentStatus.GRADUATED });
      });
    } catch (error) {
      // Another process stored the same title meanwhile (unique index): ours was deposited but is not recorded.
      if (await this.titles.existsBy({ ci: input.ci, institutionCode: institution.code, kind: input.kind, name })) {
        return fail(EducationErrorCode.TITLE_ALREADY_ISSUED, errors.titleAlreadyIssued, 'name');
      }
      throw error;
    }
    return { ok: true, value: toTitleRecord(row) };
  }

  /**
   * Checks a title by code and, when given, the exported document its holder shows:
   * never throws for bad input (every outcome is a status with a Spanish message).
   */
  async verify(code: string, document: string | null, graph: GraphClient | null): Promise<TitleVerification> {
    const { verify } = messages;
    const row = TITLE_CODE_PATTERN.test(code) ? await this.titles.findOneBy({ code }) : null;
    if (!row) return { valid: false, status: TitleVerificationStatus.NOT_FOUND, title: null, message: verify.notFound };
    const title = {
      code: row.code,
      kind: row.kind as TitleKind,
      name: row.name,
      issuedOn: row.issuedOn,
      holderCiMasked: maskCi(row.ci),
      institutionCode: row.institutionCode,
    };
    const outcome = (status: TitleVerificationStatus, message: string): TitleVerification => ({
      valid: status === TitleVerificationStatus.GENUINE,
      status,
      title,
      message,
    });
    if (row.revokedOn !== null) return outcome(TitleVerificationStatus.REVOKED, verify.revoked(row.revokedOn));
    if (document === null) return outcome(TitleVerificationStatus.GENUINE, verify.genuine);

    const payload = parseExportedPayload(document);
    if (!payload) return outcome(TitleVerificationStatus.ALTERED, verify.malformed);
    if (payload.issuer !== TITLE_ISSUER) return outcome(TitleVerificationStatus.ALTERED, verify.wrongIssuer);
    const sameDocument = row.mailboxDocumentId === null || payload.id === row.mailboxDocumentId;
    if (payload.sha256 !== row.contentSha256 || payload.ci !== row.ci || !sameDocument) {
      return outcome(TitleVerificationStatus.ALTERED, verify.altered);
    }
    const check = graph ? await verifyDocument(graph, document) : null;
    if (!check) return outcome(TitleVerificationStatus.SIGNATURE_INVALID, verify.signatureUnchecked);
    if (!check.valid) return outcome(TitleVerificationStatus.SIGNATURE_INVALID, verify.badSignature(check.reason ?? 'rechazada'));
    if (check.issuer !== TITLE_ISSUER) return outcome(TitleVerificationStatus.SIGNATURE_INVALID, verify.wrongIssuer);
    return outcome(TitleVerificationStatus.GENUINE, verify.genuineDocument);
  }
}

/** The fields of a signed payload verifyTitle compares with the register. */
interface ExportedPayload {
  id: string;
  ci: string;
  issuer: string;
  sha256: string;
}

/** Returns the payload of an exported document `{ payload, signature, keyId }`, or null when malformed. */
function parseExportedPayload(text: string): ExportedPayload | null {
  if (text.length > MAX_DOCUMENT_LENGTH) return null;
  const exported = parseObject(text);
  if (!exported || typeof exported.payload !== 'string' || typeof exported.signature !== 'string' || typeof exported.keyId !== 'string') return null;
  const payload = parseObject(exported.payload);
  if (!payload) return null;
  const { id, ci, issuer, sha256 } = payload;
  if (typeof id !== 'string' || typeof ci !== 'string' || typeof issuer !== 'string' || typeof sha256 !== 'string') return null;
  return { id, ci, issuer, sha256 };
}

function parseObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Is `text` a real calendar date YYYY-MM-DD? */
function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

function fail<T>(code: EducationErrorCode, message: string, field: string | null): Outcome<T> {
  return { ok: false, error: educationError(code, message, field) };
}

/** Returns the record of a title row. */
export function toTitleRecord(row: Omit<TitleEntity, 'seq'>): TitleRecord {
  return {
    code: row.code,
    ci: row.ci,
    kind: row.kind as TitleKind,
    name: row.name,
    institutionCode: row.institutionCode,
    issuedOn: row.issuedOn,
    contentSha256: row.contentSha256,
    mailboxDocumentId: row.mailboxDocumentId,
    exported: row.exported,
    revokedOn: row.revokedOn,
  };
}
