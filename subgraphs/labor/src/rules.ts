import { forbiddenError, hasEntityRole, isGateway, isOwner, isPublic, or, rule, type RuleMap } from '@egob/subgraph-kit';
import type { Citizen } from './citizen/citizen.type';
import type { Employment } from './employment/employment.type';
import { isJobPostingKey } from './job-posting/job-posting.service';
import type { JobProfile } from './job-profile/job-profile.type';
import type { LaborContext } from './labor-context';
import { EMPLOYER_ROLE, INSPECTOR_ROLE } from './labor-actor';

/** A labour inspector acting for an entity (MIN-TRABAJO). */
const isInspector = hasEntityRole(INSPECTOR_ROLE);
/** An employer's human resources staff acting for their entity (which entity is checked by the service). */
const isEmployer = hasEntityRole(EMPLOYER_ROLE);

/**
 * The employer of this employment, or the one whose entity registered it: it reads those rows
 * only where a mutation returns them (registerEmployment, endEmployment), never a history.
 */
const isEmploymentsEmployer = rule({ cache: 'strict' })((employment: Employment, _args, ctx: LaborContext) => {
  const request = ctx?.request;
  const acting = request?.actingEntity;
  const allowed =
    request?.roles?.includes(EMPLOYER_ROLE) === true &&
    typeof acting === 'string' &&
    acting.length > 0 &&
    (acting === employment.registeredBy || acting === employment.employer.entity?.code);
  return allowed ? true : forbiddenError();
});

/** The employer of the posting `args.postingId`: `labor:employer` acting for the posting's employer entity. */
const isPostingEmployer = rule({ cache: 'strict' })(async (_parent, args: { postingId?: string }, ctx: LaborContext) => {
  const request = ctx?.request;
  if (request?.roles?.includes(EMPLOYER_ROLE) !== true || !request.actingEntity) return forbiddenError();
  const posting = typeof args.postingId === 'string' && isJobPostingKey(args.postingId) ? await ctx.loaders.jobPostingById.load(args.postingId) : null;
  return posting !== null && posting.employer.entity?.code === request.actingEntity ? true : forbiddenError();
});

/** A citizen's employment history and job profile: the citizen or an inspector. */
const mayReadCitizen = or(isOwner((citizen: Citizen) => citizen.ci), isInspector);
/** One employment: its citizen, an inspector, or its employer (or the entity that registered it). */
const mayReadEmployment = or(isOwner((employment: Employment) => employment.ci), isInspector, isEmploymentsEmployer);
/** One profile: its citizen or an inspector. */
const mayReadProfile = or(isOwner((profile: JobProfile) => profile.ci), isInspector);

/** Access rules of every field (deny by default); the README has them as a table. */
export const rules: RuleMap = {
  Query: {
    jobPosting: isPublic,
    jobPostings: isPublic,
    matchingPostings: or(isOwner((_parent: unknown, args: { ci?: string }) => args.ci), isInspector),
    matchingProfiles: or(isInspector, isPostingEmployer),
  },
  Mutation: {
    registerEmployment: or(isEmployer, isInspector),
    endEmployment: or(isEmployer, isInspector),
    publishJobPosting: or(isEmployer, isInspector),
    saveJobProfile: isOwner((_parent: unknown, args: { input?: { ci?: string } }) => args.input?.ci),
  },
  Citizen: {
    // The key the caller sent, echoed: no data of anyone.
    ci: isGateway,
    employmentHistory: mayReadCitizen,
    jobProfile: mayReadCitizen,
  },
  Employment: {
    id: mayReadEmployment,
    employer: mayReadEmployment,
    position: mayReadEmployment,
    startDate: mayReadEmployment,
    endDate: mayReadEmployment,
    contributionsStatus: mayReadEmployment,
  },
  JobProfile: {
    desiredPosition: mayReadProfile,
    territory: mayReadProfile,
    skills: mayReadProfile,
    visibleToEmployers: mayReadProfile,
    experienceMonths: mayReadProfile,
    updatedAt: mayReadProfile,
  },
  Employer: { kind: isPublic, entity: isPublic, nit: isPublic, name: isPublic },
  JobPosting: {
    id: isPublic,
    title: isPublic,
    description: isPublic,
    employer: isPublic,
    territory: isPublic,
    requiredTitle: isPublic,
    minimumExperienceMonths: isPublic,
    publishedOn: isPublic,
    closesOn: isPublic,
    open: isPublic,
  },
  JobPostingConnection: { nodes: isPublic, pageInfo: isPublic, totalCount: isPublic },
  PageInfo: { hasNextPage: isPublic, endCursor: isPublic },
  PublicEntity: { code: isPublic },
  Territory: { code: isPublic },
  // Results of queries and mutations their own rules already guarded.
  PostingMatches: { titlesConsidered: isGateway, notice: isGateway, matches: isGateway },
  PostingMatch: { posting: isGateway, score: isGateway, reasons: isGateway },
  ProfileMatches: { matches: isGateway },
  ProfileMatch: {
    ci: isGateway,
    displayName: isGateway,
    desiredPosition: isGateway,
    score: isGateway,
    titlesConsidered: isGateway,
    notice: isGateway,
    reasons: isGateway,
  },
  EmploymentResult: { ok: isGateway, employment: isGateway, error: isGateway },
  PublishJobPostingResult: { ok: isGateway, posting: isGateway, error: isGateway },
  SaveJobProfileResult: { ok: isGateway, profile: isGateway, error: isGateway },
  LaborError: { code: isGateway, message: isGateway, field: isGateway },
};
