import { forbiddenError, hasEntityRole, isGateway, isOwner, isPublic, or, rule, type RuleMap } from '@egob/subgraph-kit';
import type { CaseAccess, PartyRecord } from './case/case.records';
import type { Citizen } from './citizen/citizen.type';
import type { JusticeContext } from './justice-context';

/** Entity role of the Órgano Judicial's clerks (secretarías de juzgado). */
export const CLERK_ROLE = 'justice:clerk';

/** A clerk acting for an entity (the OJ). */
const isClerk = hasEntityRole(CLERK_ROLE);

/** The subject of anonymous context tokens (never a CI). */
const ANONYMOUS_SUBJECT = 'anonymous';

/** Returns the signed-in subject, or null for anonymous requests. */
function subjectOf(ctx: JusticeContext): string | null {
  const subject = ctx?.request?.subject;
  return typeof subject === 'string' && subject.length > 0 && subject !== ANONYMOUS_SUBJECT ? subject : null;
}

/** A person party of the case the object belongs to (its CIs travel with every object of the case). */
const isCaseParty = rule({ cache: 'no_cache' })((parent: CaseAccess, _args, ctx: JusticeContext) => {
  const subject = subjectOf(ctx);
  return subject !== null && parent.partyCis.includes(subject) ? true : forbiddenError();
});

/** A person party of the case named by the `number` argument (one batched read of its parties); cached per argument, never per request. */
const isPartyOfCaseArgument = rule({ cache: 'strict' })(async (_parent, args: { number?: string }, ctx: JusticeContext) => {
  const subject = subjectOf(ctx);
  if (subject === null || typeof args.number !== 'string') return forbiddenError();
  const parties = await ctx.loaders.partiesByCase.load(args.number);
  return parties.some((party) => party.ci === subject) ? true : forbiddenError();
});

/** Every field of a case, its parties, hearings and rulings: a clerk or a party of that case. */
const mayReadCase = or(isClerk, isCaseParty);
/** A company party's `ci` (always null: nothing to hide) for a party of the case. */
const isCompanyOfOwnCase = rule({ cache: 'no_cache' })((party: PartyRecord, _args, ctx: JusticeContext) => {
  const subject = subjectOf(ctx);
  return party.ci === null && subject !== null && party.partyCis.includes(subject) ? true : forbiddenError();
});
/** A party's CI: a clerk or that very person (other parties of the case get FORBIDDEN for a person's CI). */
const mayReadPartyCi = or(isClerk, isOwner((party: PartyRecord) => party.ci), isCompanyOfOwnCase);

/** Access rules of every field (deny by default); the README has them as a table. */
export const rules: RuleMap = {
  Query: {
    court: isPublic,
    courts: isPublic,
    publicCase: isPublic,
    judicialCase: or(isClerk, isPartyOfCaseArgument),
  },
  Mutation: {
    registerCase: isClerk,
    addParty: isClerk,
    scheduleHearing: isClerk,
    recordRuling: isClerk,
    setCaseStatus: isClerk,
  },
  Citizen: {
    // The key the caller sent, echoed: no data of anyone.
    ci: isGateway,
    judicialCases: or(isOwner((citizen: Citizen) => citizen.ci), isClerk),
  },
  Court: { code: isPublic, name: isPublic, matter: isPublic, territory: isPublic },
  CourtConnection: { nodes: isPublic, pageInfo: isPublic, totalCount: isPublic },
  PageInfo: { hasNextPage: isPublic, endCursor: isPublic },
  Territory: { code: isPublic },
  PublicCase: { number: isPublic, court: isPublic, matter: isPublic, status: isPublic, filedOn: isPublic, hearings: isPublic, rulings: isPublic },
  PublicHearing: { startsAt: isPublic, courtroom: isPublic, kind: isPublic, status: isPublic },
  PublicRuling: { issuedOn: isPublic, kind: isPublic },
  Case: {
    number: mayReadCase,
    court: mayReadCase,
    matter: mayReadCase,
    status: mayReadCase,
    filedOn: mayReadCase,
    summary: mayReadCase,
    parties: mayReadCase,
    hearings: mayReadCase,
    rulings: mayReadCase,
  },
  Party: { id: mayReadCase, kind: mayReadCase, role: mayReadCase, name: mayReadCase, ci: mayReadPartyCi, nit: mayReadCase },
  Hearing: { id: mayReadCase, startsAt: mayReadCase, courtroom: mayReadCase, kind: mayReadCase, status: mayReadCase },
  Ruling: { id: mayReadCase, issuedOn: mayReadCase, kind: mayReadCase, summary: mayReadCase },
  // Results of mutations only clerks may call; their objects carry their own rules.
  RegisterCaseResult: { ok: isGateway, case: isGateway, error: isGateway },
  AddPartyResult: { ok: isGateway, party: isGateway, error: isGateway },
  ScheduleHearingResult: { ok: isGateway, hearing: isGateway, error: isGateway },
  RecordRulingResult: { ok: isGateway, ruling: isGateway, error: isGateway },
  SetCaseStatusResult: { ok: isGateway, case: isGateway, error: isGateway },
  JusticeError: { code: isGateway, message: isGateway, field: isGateway },
};
