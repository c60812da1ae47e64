import { defineSubgraph } from '@egob/subgraph-kit';
import { CaseRegistryResolver } from './case/case-registry.resolver';
import type { CaseRecord, HearingRecord, PartyRecord, RulingRecord } from './case/case.records';
import { CaseEntity } from './case/case.entity';
import { CaseResolver } from './case/case.resolver';
import { HearingEntity } from './case/hearing.entity';
import { PartyEntity } from './case/party.entity';
import { PublicCaseResolver } from './case/public-case.resolver';
import { RulingEntity } from './case/ruling.entity';
import { CitizenJudicialCasesResolver } from './citizen/citizen-judicial-cases.resolver';
import { Citizen, resolveCitizenReference } from './citizen/citizen.type';
import { CourtEntity } from './court/court.entity';
import { CourtResolver, resolveCourtReference } from './court/court.resolver';
import { CreateJusticeTables1765000000300 } from './migrations/1765000000300-create-justice-tables';
import { rules } from './rules';
import { seed } from './seed';
import { createLoaders, createServices } from './services';

/** The justice subgraph (Órgano Judicial): courts, cases, parties, hearings, rulings and the public follow-up of cases. */
export default defineSubgraph({
  name: 'justice',
  owner: 'OJ',
  port: 4106,
  entities: [CourtEntity, CaseEntity, PartyEntity, HearingEntity, RulingEntity],
  migrations: [CreateJusticeTables1765000000300],
  resolvers: [CourtResolver, PublicCaseResolver, CaseResolver, CitizenJudicialCasesResolver, CaseRegistryResolver],
  orphanedTypes: [Citizen],
  references: {
    Citizen: resolveCitizenReference,
    Court: resolveCourtReference,
  },
  rules,
  // Whose data each read is: the citizen a case was reached from; a person party is its own subject.
  personalData: {
    Citizen: (citizen: Citizen) => citizen.ci,
    Case: (judicialCase: CaseRecord) => judicialCase.viaCi,
    Party: (party: PartyRecord) => party.ci ?? party.viaCi,
    Hearing: (hearing: HearingRecord) => hearing.viaCi,
    Ruling: (ruling: RulingRecord) => ruling.viaCi,
  },
  services: createServices,
  loaders: createLoaders,
  seed,
});
