import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { EmploymentService } from './employment/employment.service';
import type { Employment } from './employment/employment.type';
import { JobPostingService } from './job-posting/job-posting.service';
import type { JobPosting } from './job-posting/job-posting.type';
import { JobProfileService } from './job-profile/job-profile.service';
import type { JobProfile } from './job-profile/job-profile.type';
import { MatchingService } from './matching/matching.service';

/** The entity that owns this subgraph and in whose name it asks for consented data. */
export const LABOR_OWNER = 'MIN-TRABAJO';

/** Services of the labour subgraph, created once. */
export interface LaborServices {
  /** The clock every service reads (labour dates are La Paz days of it). */
  clock: () => Date;
  employments: EmploymentService;
  jobPostings: JobPostingService;
  jobProfiles: JobProfileService;
  matching: MatchingService;
}

/** DataLoaders of the labour subgraph, created per request. */
export interface LaborLoaders {
  employmentsByCi: DataLoader<string, Employment[]>;
  jobProfileByCi: DataLoader<string, JobProfile | null>;
  jobPostingById: DataLoader<string, JobPosting | null>;
}

/** Returns the services over the subgraph's database. */
export function createServices({ dataSource }: { dataSource: DataSource }): LaborServices {
  const clock = () => new Date();
  const employments = new EmploymentService(dataSource, clock);
  const jobPostings = new JobPostingService(dataSource, clock);
  const jobProfiles = new JobProfileService(dataSource, clock);
  return { clock, employments, jobPostings, jobProfiles, matching: new MatchingService(LABOR_OWNER, employments, jobProfiles, jobPostings, clock) };
}

/** Returns fresh loaders for one request. */
export function createLoaders(services: LaborServices): LaborLoaders {
  return {
    employmentsByCi: new DataLoader((cis) => services.employments.findByCis(cis), { maxBatchSize: 1000 }),
    jobProfileByCi: new DataLoader((cis) => services.jobProfiles.findByCis(cis), { maxBatchSize: 1000 }),
    jobPostingById: new DataLoader((ids) => services.jobPostings.findByIds(ids), { maxBatchSize: 1000 }),
  };
}
