import { demoCitizenAt } from '@egob/demo-data';
import type { DataSource } from 'typeorm';
import { PlatformRoleEntity } from '../servants/platform-role.entity';
import { ServantLinkEntity } from '../servants/servant-link.entity';
import { CredentialService } from './credential.service';

/** Demo accounts by demo-citizen index: platform roles and servant links (password `Demo-<CI>`, demo only). */
export const DEMO_ACCOUNTS: ReadonlyArray<{ index: number; roles: string[]; links: Array<{ entityCode: string; role: string }> }> = [
  { index: 0, roles: [], links: [] },
  { index: 1, roles: [], links: [{ entityCode: 'MIN-SALUD', role: 'health:clinician' }] },
  { index: 2, roles: [], links: [{ entityCode: 'MIN-EDUCACION', role: 'education:registrar' }] },
  { index: 3, roles: ['analyst'], links: [] },
  { index: 4, roles: ['platform:admin'], links: [] },
  { index: 5, roles: [], links: [] },
  { index: 6, roles: ['auditor'], links: [] },
  // A clinician at a second facility (the health record follows the patient between facilities).
  { index: 7, roles: [], links: [{ entityCode: 'MIN-SALUD', role: 'health:clinician' }] },
  { index: 8, roles: [], links: [{ entityCode: 'OJ', role: 'justice:clerk' }] },
  { index: 9, roles: [], links: [{ entityCode: 'MIN-TRABAJO', role: 'labor:inspector' }] },
  // Human resources of the La Paz municipality: registers its employees and publishes job postings.
  { index: 10, roles: [], links: [{ entityCode: 'GAM-020101', role: 'labor:employer' }] },
];

/** Returns the demo-only password of a demo CI. */
export function demoPassword(ci: string): string {
  return `Demo-${ci}`;
}

/** Gives the demo accounts among demo citizens [from, to) a password, roles and links (scrypt is slow: never for the scale seed). */
export async function seedDemoAccounts(dataSource: DataSource, citizens: { from: number; to: number }): Promise<void> {
  const credentials = new CredentialService(dataSource);
  for (const account of DEMO_ACCOUNTS) {
    if (account.index < citizens.from || account.index >= citizens.to) continue;
    const { ci } = demoCitizenAt(account.index);
    await credentials.setPassword(ci, demoPassword(ci));
    for (const role of account.roles) await dataSource.getRepository(PlatformRoleEntity).insert({ ci, role });
    for (const link of account.links) await dataSource.getRepository(ServantLinkEntity).insert({ ci, ...link });
  }
}
