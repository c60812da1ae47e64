import type { DataSource } from 'typeorm';
import { ConsentService } from './consent.service';

/** The consent services identity's services include. */
export interface ConsentServices {
  consents: ConsentService;
}

/** Returns the consent services over identity's database. */
export function createConsentServices(dataSource: DataSource): ConsentServices {
  return { consents: new ConsentService(dataSource) };
}
