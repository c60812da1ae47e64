import { readFileSync } from 'node:fs';
import type { SeedContext, SeedProgress } from '@egob/subgraph-kit';
import { PUBLIC_ENTITIES_FILE, TERRITORY_CSV_FILE } from './data-files';
import { parsePublicEntities } from './public-entity/public-entity-data';
import { PublicEntityEntity } from './public-entity/public-entity.entity';
import { searchTextOf } from './public-entity/public-entity.service';
import { parseTerritoryCsv } from './territory/territory-csv';
import { TerritoryEntity } from './territory/territory.entity';

/** Rows per INSERT statement. */
const BATCH = 100;

/**
 * Writes the reference data (the INE territory list and the public entity catalogue)
 * on the first seed of a database. It holds no demo citizens, so later seeds (more
 * citizens, the benchmarks' scale mode) add nothing. Rows that already exist are kept
 * (INSERT … IGNORE), so an interrupted first seed can simply run again.
 */
export async function seed({ dataSource, firstRun, progress }: SeedContext): Promise<void> {
  if (!firstRun) return;
  const territories: TerritoryEntity[] = parseTerritoryCsv(readFileSync(TERRITORY_CSV_FILE, 'utf8'));
  const entities: PublicEntityEntity[] = parsePublicEntities(JSON.parse(readFileSync(PUBLIC_ENTITIES_FILE, 'utf8'))).map((entity) => ({
    ...entity,
    searchText: searchTextOf(entity),
  }));
  await dataSource.transaction(async (manager) => {
    // Territories first, in file order (departments, provinces, municipalities): parents exist before their children.
    await inBatches(territories, 'entities: territorios', progress, (batch) =>
      manager.createQueryBuilder().insert().into(TerritoryEntity).values(batch).orIgnore().execute(),
    );
    await inBatches(entities, 'entities: entidades públicas', progress, (batch) =>
      manager.createQueryBuilder().insert().into(PublicEntityEntity).values(batch).orIgnore().execute(),
    );
  });
}

/** Runs `write` on consecutive slices of BATCH rows, reporting progress. */
async function inBatches<T>(rows: T[], label: string, progress: SeedProgress, write: (batch: T[]) => Promise<unknown>): Promise<void> {
  progress.start(label, rows.length);
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    await write(batch);
    progress.update(start + batch.length);
  }
  progress.stop();
}
