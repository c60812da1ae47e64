import { demoCitizenAt } from '@egob/demo-data';
import { startTestSubgraph, type TestSubgraph } from '@egob/subgraph-kit/testing';
import subgraph from '@egob/health';
import { callers, citizenEntities, citizenRepresentations, healthTestHelpers } from './support/health-callers';

let server: TestSubgraph<unknown>;
const { openAttention } = healthTestHelpers(() => server);
const CITIZENS = 100;
const cis = Array.from({ length: CITIZENS }, (_, i) => demoCitizenAt(i).ci);

beforeAll(async () => {
  server = await startTestSubgraph(subgraph, { label: 'health_n_plus_one', citizens: CITIZENS });
  // The clinician of 200001 is seeing all of them: the rules let the whole record through.
  for (const ci of cis) await openAttention(ci, '200001', callers.clinician);
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

/** Every field of the citizen record this subgraph serves. */
const FULL = citizenEntities(`
  affiliation { affiliationNumber insurer { code } status since employerName }
  healthRecord {
    encounters {
      id occurredAt reason notes
      facility { code name level kind territory { code } }
      clinician { name professionalRegistration }
      diagnoses { code description }
      prescriptions { medication dose frequency durationDays }
    }
    referrals { id kind from { code name level } to { code name level } reason diagnosis { code description } createdAt status }
    followUps { id dueDate notes status facility { code name } encounter { id occurredAt reason diagnoses { code } facility { code } } }
  }
`);

describe('reading the whole record of many citizens runs a constant number of statements', () => {
  it('runs exactly the same statements for 100 citizens as for 10', async () => {
    const ten = await server.post<any>(FULL, { r: citizenRepresentations(cis.slice(0, 10)) }, { context: callers.clinician });
    const hundred = await server.post<any>(FULL, { r: citizenRepresentations(cis) }, { context: callers.clinician });
    expect(ten.body.errors).toBeUndefined();
    expect(hundred.body.errors).toBeUndefined();
    expect(hundred.body.data._entities).toHaveLength(100);
    const encounters = hundred.body.data._entities.reduce((sum: number, c: any) => sum + c.healthRecord.encounters.length, 0);
    const referrals = hundred.body.data._entities.reduce((sum: number, c: any) => sum + c.healthRecord.referrals.length, 0);
    const followUps = hundred.body.data._entities.reduce((sum: number, c: any) => sum + c.healthRecord.followUps.length, 0);
    // The seed gives this sample every kind of row the selection reads.
    expect(encounters).toBeGreaterThan(100);
    expect(referrals).toBeGreaterThan(0);
    expect(followUps).toBeGreaterThan(1);
    // attending (rule), affiliations, encounters, referrals, follow-ups (facilities and encounters joined), audit outbox INSERT.
    expect(ten.sqlStatements).toBe(6);
    expect(hundred.sqlStatements).toBe(6);
  });
});
