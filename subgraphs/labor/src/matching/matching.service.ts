import type { ConsentChecker, GraphClient } from '@egob/subgraph-kit';
import type { EmploymentService } from '../employment/employment.service';
import type { JobPostingService } from '../job-posting/job-posting.service';
import type { JobPosting } from '../job-posting/job-posting.type';
import type { JobProfileService } from '../job-profile/job-profile.service';
import type { JobProfile } from '../job-profile/job-profile.type';
import { experienceMonths, laPazToday } from '../labor-dates';
import { messages } from '../messages';
import { departmentOf } from '../territory/territory.type';
import { fetchAcademicTitles, type TitlesAnswer } from './academic-titles.client';
import { rankCandidates, rankPostings, type CandidateFacts, type PostingFacts } from './job-matching';
import type { PostingMatches, ProfileMatch, ProfileMatches } from './matching.types';

/** At most this many postings (a profile's department first) or profiles (a posting's department) are read and scored. */
export const MAX_SCORED_CANDIDATES = 200;
/** Titles are asked for the best this many profiles (scored without titles first); only they are ranked. */
export const MAX_TITLE_LOOKUPS = 50;
/** Largest `first` of the matching queries. */
export const MAX_MATCHES = 50;

/** The gateway and identity, as a request reaches them with the subgraph's service account. */
export interface GraphAccess {
  graph: GraphClient | null;
  consents: ConsentChecker;
}

/** Matching of profiles and postings: the data from the database, the scoring from job-matching.ts. */
export class MatchingService {
  constructor(
    private readonly owner: string,
    private readonly employments: EmploymentService,
    private readonly profiles: JobProfileService,
    private readonly postings: JobPostingService,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Ranks open postings for the citizen's profile (their titles only with their consent). */
  async matchPostings(ci: string, first: number, access: GraphAccess): Promise<PostingMatches> {
    const [profile] = await this.profiles.findByCis([ci]);
    if (!profile) return { ci, titlesConsidered: false, notice: messages.matching.noProfile, matches: [] };
    const [history] = await this.employments.findByCis([ci]);
    const [titles] = await fetchAcademicTitles(access.graph, access.consents, this.owner, [ci]);
    const candidate = candidateFacts(profile, experienceMonths(history ?? [], this.today()), titles!);
    const postings = await this.postings.findOpenCandidates(departmentOf(profile.territory.code), MAX_SCORED_CANDIDATES);
    const ranked = rankPostings(candidate, postings.map((posting) => ({ item: posting, facts: postingFacts(posting) })), first);
    return {
      ci,
      titlesConsidered: titles!.status === 'GIVEN',
      notice: noticeOf(titles!, messages.matching.notConsented),
      matches: ranked.map(({ item, score, reasons }) => ({ ci, posting: item, score, reasons })),
    };
  }

  /**
   * Ranks the profiles visible to employers for a posting: up to MAX_SCORED_CANDIDATES of
   * its department (its municipality first) are scored without titles, the best
   * MAX_TITLE_LOOKUPS get their titles (those who consented) and are ranked again.
   */
  async matchProfiles(posting: JobPosting, first: number, access: GraphAccess): Promise<ProfileMatches> {
    const facts = postingFacts(posting);
    const profiles = await this.profiles.findVisibleCandidates(departmentOf(posting.territory.code), posting.territory.code, MAX_SCORED_CANDIDATES);
    const histories = await this.employments.findByCis(profiles.map((profile) => profile.ci));
    const today = this.today();
    const months = new Map(profiles.map((profile, index) => [profile.ci, experienceMonths(histories[index]!, today)]));
    const withoutTitles = rankCandidates(
      facts,
      profiles.map((profile) => ({ item: profile, facts: candidateFacts(profile, months.get(profile.ci)!, { status: 'UNAVAILABLE' }) })),
      MAX_TITLE_LOOKUPS,
    );
    const shortlist = withoutTitles.map(({ item }) => item);
    const titles = await fetchAcademicTitles(access.graph, access.consents, this.owner, shortlist.map((profile) => profile.ci));
    const ranked = rankCandidates(
      facts,
      shortlist.map((profile, index) => ({ item: { profile, titles: titles[index]! }, facts: candidateFacts(profile, months.get(profile.ci)!, titles[index]!) })),
      first,
    );
    return {
      matches: ranked.map(({ item, score, reasons, titlesConsidered }): ProfileMatch => ({
        ci: item.profile.ci,
        displayName: null,
        desiredPosition: item.profile.desiredPosition,
        score,
        titlesConsidered,
        notice: noticeOf(item.titles, messages.matching.candidateNotConsented),
        reasons,
      })),
    };
  }

  private today(): string {
    return laPazToday(this.clock());
  }
}

function candidateFacts(profile: JobProfile, months: number, titles: TitlesAnswer): CandidateFacts {
  return {
    municipalityCode: profile.territory.code,
    desiredPosition: profile.desiredPosition,
    skills: profile.skills,
    experienceMonths: months,
    titles: titles.status === 'GIVEN' ? titles.kinds : null,
  };
}

function postingFacts(posting: JobPosting): PostingFacts {
  return {
    municipalityCode: posting.territory.code,
    title: posting.title,
    requiredTitle: posting.requiredTitle,
    minimumExperienceMonths: posting.minimumExperienceMonths,
  };
}

function noticeOf(titles: TitlesAnswer, notConsented: string): string | null {
  if (titles.status === 'GIVEN') return null;
  return titles.status === 'NOT_CONSENTED' ? notConsented : messages.matching.titlesUnavailable;
}
