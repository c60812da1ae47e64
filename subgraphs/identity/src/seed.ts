import { demoCitizenAt } from '@egob/demo-data';
import type { SeedContext } from '@egob/subgraph-kit';
import { CitizenEntity } from './citizen/citizen.entity';

const BATCH = 500;

/** Inserts demo citizens [from, to) of the shared generator, in batches inside transactions. */
export async function seed({ dataSource, citizens, progress }: SeedContext): Promise<void> {
  const total = citizens.to - citizens.from;
  if (total <= 0) return;
  progress.start('identity: ciudadanos', total);
  for (let start = citizens.from; start < citizens.to; start += BATCH * 20) {
    const end = Math.min(start + BATCH * 20, citizens.to);
    await dataSource.transaction(async (manager) => {
      for (let batchStart = start; batchStart < end; batchStart += BATCH) {
        const rows: CitizenEntity[] = [];
        for (let i = batchStart; i < Math.min(batchStart + BATCH, end); i++) {
          const person = demoCitizenAt(i);
          rows.push({
            ci: person.ci,
            ciNumber: person.ciNumber,
            complement: person.complement,
            names: person.names,
            firstSurname: person.firstSurname,
            secondSurname: person.secondSurname,
            birthDate: person.birthDate,
            sex: person.sex,
            residenceCode: person.residenceCode,
          });
        }
        await manager.createQueryBuilder().insert().into(CitizenEntity).values(rows).execute();
      }
    });
    progress.update(end - citizens.from);
  }
  progress.stop();
}
