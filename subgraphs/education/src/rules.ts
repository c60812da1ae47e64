import { forbiddenError, hasEntityRole, isGateway, isOwner, isPublic, or, rule, type CiOf, type Rule, type RuleMap } from '@egob/subgraph-kit';
import { isValidCi } from './citizen/ci';
import type { Citizen } from './citizen/citizen.type';
import type { EducationContext } from './education-context';
import type { AcademicRecord, EnrolmentRecord, GradeRecord } from './enrolment/enrolment.type';
import type { TitleRecord } from './title/title.type';

/** Entity role of the Ministry of Education's registrars. */
export const REGISTRAR_ROLE = 'education:registrar';
/** Consent scope under which another entity (e.g. MIN-TRABAJO) reads a citizen's titles. */
export const TITLES_SCOPE = 'education:titles';

const isRegistrar = hasEntityRole(REGISTRAR_ROLE);

/** The citizen whose record it is, or a registrar. */
function ownerOrRegistrar(ciOf: CiOf) {
  return or(isOwner(ciOf), isRegistrar);
}

/**
 * The citizen, a registrar, or the entity the request acts for when the citizen granted it
 * `education:titles` (the kit's hasConsent, asked in order). graphql-shield's `or` runs every
 * branch, so it would ask identity for consent (an audited read there) even when the caller is
 * the owner or a registrar; this rule asks only when the first two refuse.
 */
function titleReader(ciOf: CiOf): Rule {
  return rule({ cache: 'strict' })(async (parent, args, ctx: EducationContext) => {
    const ci = ciOf(parent, args);
    if (typeof ci !== 'string' || ci.length === 0) return forbiddenError();
    const request = ctx?.request;
    // A valid CI is never the anonymous subject.
    if (isValidCi(ci) && request?.subject === ci) return true;
    const acting = typeof request?.actingEntity === 'string' && request.actingEntity.length > 0 ? request.actingEntity : null;
    if (acting === null) return forbiddenError();
    if (request.roles?.includes(REGISTRAR_ROLE)) return true;
    // Never ask identity about a malformed CI.
    if (!isValidCi(ci)) return forbiddenError();
    return (await ctx.consents.isGranted(ci, acting, TITLES_SCOPE)) ? true : forbiddenError();
  });
}

const mayReadRecord = ownerOrRegistrar((record: AcademicRecord) => record.ci);
const mayReadEnrolment = ownerOrRegistrar((enrolment: EnrolmentRecord) => enrolment.ci);
const mayReadGrade = ownerOrRegistrar((grade: GradeRecord) => grade.ci);
const mayReadTitle = titleReader((title: TitleRecord) => title.ci);

/** Access rules of every field (deny by default); the README has them as a table. */
export const rules: RuleMap = {
  Query: {
    educationalInstitution: isPublic,
    educationalInstitutions: isPublic,
    verifyTitle: isPublic,
    academicTitles: titleReader((_parent: unknown, args: { ci?: string }) => args.ci),
  },
  Mutation: {
    enrolStudent: isRegistrar,
    recordGrade: isRegistrar,
    setEnrolmentStatus: isRegistrar,
    issueTitle: isRegistrar,
  },
  Citizen: {
    // The key the caller sent, echoed: no data of anyone.
    ci: isGateway,
    academicRecord: ownerOrRegistrar((citizen: Citizen) => citizen.ci),
  },
  AcademicRecord: {
    enrolments: mayReadRecord,
    titles: mayReadRecord,
  },
  Enrolment: {
    id: mayReadEnrolment,
    institution: mayReadEnrolment,
    level: mayReadEnrolment,
    year: mayReadEnrolment,
    course: mayReadEnrolment,
    status: mayReadEnrolment,
    grades: mayReadEnrolment,
  },
  Grade: {
    subject: mayReadGrade,
    period: mayReadGrade,
    score: mayReadGrade,
    passed: mayReadGrade,
  },
  AcademicTitle: {
    code: mayReadTitle,
    kind: mayReadTitle,
    name: mayReadTitle,
    institution: mayReadTitle,
    issuedOn: mayReadTitle,
    mailboxDocumentId: mayReadTitle,
    exported: mayReadTitle,
  },
  // Results of mutations only registrars reach; their objects carry their own rules.
  EnrolStudentResult: { ok: isGateway, enrolment: isGateway, error: isGateway },
  RecordGradeResult: { ok: isGateway, grade: isGateway, error: isGateway },
  SetEnrolmentStatusResult: { ok: isGateway, enrolment: isGateway, error: isGateway },
  IssueTitleResult: { ok: isGateway, title: isGateway, error: isGateway },
  EducationError: { code: isGateway, message: isGateway, field: isGateway },
  // Public reference data and the public verification.
  EducationalInstitution: { code: isPublic, name: isPublic, kind: isPublic, territory: isPublic },
  EducationalInstitutionConnection: { nodes: isPublic, pageInfo: isPublic, totalCount: isPublic },
  PageInfo: { hasNextPage: isPublic, endCursor: isPublic },
  Territory: { code: isPublic },
  TitleVerification: { valid: isPublic, status: isPublic, title: isPublic, message: isPublic },
  VerifiedTitle: { code: isPublic, kind: isPublic, name: isPublic, institution: isPublic, issuedOn: isPublic, holderCiMasked: isPublic },
};
