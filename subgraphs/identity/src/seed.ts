import { demoCitizenAt } from '@egob/demo-data';
import type { SeedContext } from '@egob/subgraph-kit';
import { CitizenEntity } from './citizen/citizen.entity';
import { loadIdentityConfig } from './config';
import { seedDemoConsent } from './consent/consent.seed';
import { seedDemoAccounts } from './credentials/demo-accounts.seed';
import { seedDemoMailbox } from './mailbox/mailbox.seed';

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
  await seedDemoAccounts(dataSource, citizens);
  if (citizens.from === 0) {
    // The demo citizen (index 0): a signed certificate, a notification and one active consent.
    // In production createServices already refused to start without IDENTITY_KEY_ENCRYPTION_KEY,
    // so this reads the configured key; the development default applies only outside production.
    const demo = demoCitizenAt(0).ci;
    await seedDemoMailbox(dataSource, demo, loadIdentityConfig('development').keyEncryptionKey);
    await seedDemoConsent(dataSource, demo);
  }
}
