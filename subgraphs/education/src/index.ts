import { defineSubgraph } from '@egob/subgraph-kit';
import { Citizen, resolveCitizenReference } from './citizen/citizen.type';
import type { AcademicRecord, EnrolmentRecord, GradeRecord } from './enrolment/enrolment.type';
import { AcademicRecordResolver, CitizenAcademicRecordResolver } from './enrolment/academic-record.resolver';
import { EnrolmentEntity } from './enrolment/enrolment.entity';
import { EnrolmentResolver } from './enrolment/enrolment.resolver';
import { GradeEntity } from './enrolment/grade.entity';
import { InstitutionEntity } from './institution/institution.entity';
import { InstitutionResolver, resolveInstitutionReference } from './institution/institution.resolver';
import { CreateEducationTables1765000000200 } from './migrations/1765000000200-create-education-tables';
import { UniqueAcademicTitle1765100000200 } from './migrations/1765100000200-unique-academic-title';
import { rules } from './rules';
import { seed } from './seed';
import { createLoaders, createServices } from './services';
import { TitleEntity } from './title/title.entity';
import { TitleResolver, VerifiedTitleResolver } from './title/title.resolver';
import type { TitleRecord } from './title/title.type';

/** The education subgraph (MIN-EDUCACION): institutions, enrolments, grades and signed academic titles. */
export default defineSubgraph({
  name: 'education',
  owner: 'MIN-EDUCACION',
  port: 4105,
  entities: [InstitutionEntity, EnrolmentEntity, GradeEntity, TitleEntity],
  migrations: [CreateEducationTables1765000000200, UniqueAcademicTitle1765100000200],
  resolvers: [InstitutionResolver, CitizenAcademicRecordResolver, AcademicRecordResolver, EnrolmentResolver, TitleResolver, VerifiedTitleResolver],
  // Reached only through the gateway's _entities: no query of this subgraph returns it.
  orphanedTypes: [Citizen],
  references: {
    Citizen: resolveCitizenReference,
    EducationalInstitution: resolveInstitutionReference,
  },
  rules,
  personalData: {
    AcademicRecord: (record: AcademicRecord) => record.ci,
    Enrolment: (enrolment: EnrolmentRecord) => enrolment.ci,
    Grade: (grade: GradeRecord) => grade.ci,
    AcademicTitle: (title: TitleRecord) => title.ci,
  },
  services: createServices,
  loaders: createLoaders,
  seed,
});
