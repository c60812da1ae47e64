import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { EnrolmentService } from './enrolment/enrolment.service';
import type { EnrolmentRecord, GradeRecord } from './enrolment/enrolment.type';
import { InstitutionService } from './institution/institution.service';
import type { InstitutionRecord } from './institution/institution.type';
import { TitleService } from './title/title.service';
import type { TitleRecord } from './title/title.type';

/** Services of the education subgraph, created once. */
export interface EducationServices {
  institutions: InstitutionService;
  enrolments: EnrolmentService;
  titles: TitleService;
}

/** DataLoaders of the education subgraph, created per request. */
export interface EducationLoaders {
  institutionByCode: DataLoader<string, InstitutionRecord | null>;
  /** A citizen's enrolments, oldest first. */
  enrolmentsByCi: DataLoader<string, EnrolmentRecord[]>;
  /** An enrolment's grades, in recording order. */
  gradesByEnrolment: DataLoader<string, GradeRecord[]>;
  /** A citizen's titles, oldest first. */
  titlesByCi: DataLoader<string, TitleRecord[]>;
}

/** Largest IN list one statement carries. */
const MAX_BATCH = 1000;

/** Returns the services over the subgraph's database. */
export function createServices({ dataSource }: { dataSource: DataSource }): EducationServices {
  const institutions = new InstitutionService(dataSource);
  const enrolments = new EnrolmentService(dataSource, institutions);
  return { institutions, enrolments, titles: new TitleService(dataSource, institutions, enrolments) };
}

/** Returns fresh loaders for one request. */
export function createLoaders(services: EducationServices): EducationLoaders {
  const options = { maxBatchSize: MAX_BATCH };
  return {
    institutionByCode: new DataLoader((codes) => services.institutions.findByCodes(codes), options),
    enrolmentsByCi: new DataLoader((cis) => services.enrolments.findByCis(cis), options),
    gradesByEnrolment: new DataLoader((ids) => services.enrolments.findGradesByEnrolmentIds(ids), options),
    titlesByCi: new DataLoader((cis) => services.titles.findByCis(cis), options),
  };
}
