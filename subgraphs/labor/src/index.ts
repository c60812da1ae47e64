import { defineSubgraph } from '@egob/subgraph-kit';
import { CitizenLaborResolver, JobProfileResolver } from './citizen/citizen-labor.resolver';
import { Citizen, resolveCitizenReference } from './citizen/citizen.type';
import { EmploymentEntity } from './employment/employment.entity';
import { EmploymentResolver } from './employment/employment.resolver';
import type { Employment } from './employment/employment.type';
import { JobPostingEntity } from './job-posting/job-posting.entity';
import { JobPostingResolver } from './job-posting/job-posting.resolver';
import { JobProfileEntity } from './job-profile/job-profile.entity';
import { SaveJobProfileResolver } from './job-profile/job-profile.resolver';
import type { JobProfile } from './job-profile/job-profile.type';
import { MatchingResolver } from './matching/matching.resolver';
import type { PostingMatch, PostingMatches, ProfileMatch } from './matching/matching.types';
import { CreateLaborTables1765000000400 } from './migrations/1765000000400-create-labor-tables';
import { rules } from './rules';
import { seed } from './seed';
import { createLoaders, createServices, LABOR_OWNER } from './services';

/** The labour subgraph (MIN-TRABAJO): employment register, job postings, job profiles and their matching. */
export default defineSubgraph({
  name: 'labor',
  owner: LABOR_OWNER,
  port: 4107,
  entities: [EmploymentEntity, JobPostingEntity, JobProfileEntity],
  migrations: [CreateLaborTables1765000000400],
  resolvers: [CitizenLaborResolver, JobProfileResolver, EmploymentResolver, JobPostingResolver, SaveJobProfileResolver, MatchingResolver],
  // Reached only through the gateway's _entities: no query of this subgraph returns it.
  orphanedTypes: [Citizen],
  references: {
    Citizen: resolveCitizenReference,
  },
  rules,
  personalData: {
    Citizen: (citizen: Citizen) => citizen.ci,
    Employment: (employment: Employment) => employment.ci,
    JobProfile: (profile: JobProfile) => profile.ci,
    PostingMatches: (matches: PostingMatches) => matches.ci,
    PostingMatch: (match: PostingMatch) => match.ci,
    ProfileMatch: (match: ProfileMatch) => match.ci,
  },
  services: createServices,
  loaders: createLoaders,
  seed,
});
