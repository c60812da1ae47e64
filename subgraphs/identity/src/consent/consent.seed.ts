import type { DataSource } from 'typeorm';
import { ConsentService } from './consent.service';

/** The demo citizen's one active consent: the labour ministry may read her education titles. */
export async function seedDemoConsent(dataSource: DataSource, ci: string): Promise<void> {
  await new ConsentService(dataSource).grant(
    { ci, entity: 'MIN-TRABAJO', scope: 'education:titles', validForDays: 365 },
    { subject: ci, requestId: 'seed' },
  );
}
