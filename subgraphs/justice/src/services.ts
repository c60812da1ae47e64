import type { DataSource } from 'typeorm';
import { createCaseLoaders, type CaseLoaders } from './case/case.loaders';
import { CaseRegistryService } from './case/case-registry.service';
import { CaseService } from './case/case.service';
import { createSystemClock, type Clock } from './clock';
import { createCourtLoaders, type CourtLoaders } from './court/court.loaders';
import { CourtService } from './court/court.service';

/** Services of the justice subgraph, created once. */
export interface JusticeServices {
  /** The clock the registry reads (`services.clock.now = …` fixes it in tests). */
  clock: Clock;
  courts: CourtService;
  cases: CaseService;
  registry: CaseRegistryService;
}

/** DataLoaders of the justice subgraph, created per request. */
export type JusticeLoaders = CourtLoaders & CaseLoaders;

/** Returns the services over the subgraph's database. */
export function createServices({ dataSource }: { dataSource: DataSource }): JusticeServices {
  const clock = createSystemClock();
  return {
    clock,
    courts: new CourtService(dataSource),
    cases: new CaseService(dataSource),
    registry: new CaseRegistryService(dataSource, () => clock.now()),
  };
}

/** Returns fresh loaders for one request. */
export function createLoaders(services: JusticeServices): JusticeLoaders {
  return { ...createCourtLoaders(services.courts), ...createCaseLoaders(services.cases) };
}
