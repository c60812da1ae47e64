import type { SeedContext } from '@egob/subgraph-kit';
import type { EntityTarget, ObjectLiteral, EntityManager } from 'typeorm';
import { CaseEntity } from './case/case.entity';
import { CASE_EVERY, demoCase, seededCase, type SeededCase } from './case/case.seed';
import { HearingEntity } from './case/hearing.entity';
import { PartyEntity } from './case/party.entity';
import { RulingEntity } from './case/ruling.entity';
import { courtCatalogue } from './court/court-catalogue';
import { CourtEntity } from './court/court.entity';

/** Rows per INSERT. */
const BATCH = 500;
/** Demo citizens per transaction. */
const CHUNK = 12_000;

/** Inserts `rows` in multi-row INSERTs of at most BATCH rows. */
async function insertAll<T extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<T>, rows: T[]): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) {
    await manager.createQueryBuilder().insert().into(target).values(rows.slice(start, start + BATCH)).execute();
  }
}

/** Inserts the rows of `cases`. */
async function insertCases(manager: EntityManager, cases: SeededCase[]): Promise<void> {
  await insertAll(manager, CaseEntity, cases.map((item) => item.judicialCase));
  await insertAll(manager, PartyEntity, cases.flatMap((item) => item.parties) as PartyEntity[]);
  await insertAll(manager, HearingEntity, cases.flatMap((item) => item.hearings) as HearingEntity[]);
  await insertAll(manager, RulingEntity, cases.flatMap((item) => item.rulings) as RulingEntity[]);
}

/**
 * Seeds the courts and the demo citizen's case (first run), then one case for every demo
 * citizen in [from, to) whose index is a positive multiple of 12 (README: demo data).
 */
export async function seed({ dataSource, citizens, progress }: SeedContext): Promise<void> {
  const courts = courtCatalogue();
  if (citizens.from === 0) {
    await dataSource.transaction(async (manager) => {
      await insertAll(
        manager,
        CourtEntity,
        courts.map((court) => ({ ...court, departmentCode: court.territoryCode.slice(0, 2) })),
      );
      await insertCases(manager, [demoCase()]);
    });
  }
  const total = citizens.to - citizens.from;
  if (total <= 0) return;
  progress.start('justice: causas', total);
  for (let start = citizens.from; start < citizens.to; start += CHUNK) {
    const end = Math.min(start + CHUNK, citizens.to);
    const cases: SeededCase[] = [];
    for (let index = Math.max(CASE_EVERY, Math.ceil(start / CASE_EVERY) * CASE_EVERY); index < end; index += CASE_EVERY) {
      cases.push(seededCase(index, courts));
    }
    await dataSource.transaction((manager) => insertCases(manager, cases));
    progress.update(end - citizens.from);
  }
  progress.stop();
}
