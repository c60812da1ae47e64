import { startTestSubgraph, type TestSubgraph } from '@egob/subgraph-kit/testing';
import audit from '@egob/audit';
import { auditEvent, ingest, ingestUrlOf } from './support/audit-fixtures';

let server: TestSubgraph<unknown>;

const owner = { subject: '1234567', roles: ['citizen'] };
const query = `query ($ci: ID!, $first: Int, $after: String, $entity: String, $from: String, $to: String) {
  _entities(representations: [{ __typename: "Citizen", ci: $ci }]) {
    ... on Citizen {
      dataAccesses(first: $first, after: $after, entity: $entity, from: $from, to: $to) {
        nodes { id sequence occurredAt fields reader readerRoles actingEntity { code } purpose requestId sourceSubgraph sourceEntity { code } }
        pageInfo { hasNextPage endCursor }
        totalCount
      }
    }
  }
}`;

// One access a month from January to May 2025 to 1234567, alternating entities; one to another citizen.
const accesses = [1, 2, 3, 4, 5].map((month) =>
  auditEvent({
    occurredAt: `2025-0${month}-15T12:00:00.000Z`,
    actingEntity: month % 2 === 0 ? 'MIN-EDUCACION' : 'MIN-SALUD',
    requestId: `req-${month}`,
    fields: month === 1 ? ['Citizen.birthDate', 'Citizen.names'] : ['Citizen.names'],
  }),
);

beforeAll(async () => {
  server = await startTestSubgraph(audit, { label: 'audit_data_accesses' });
  const url = ingestUrlOf(server.url);
  // Delivered out of order (the source was down in March): the tracker sorts by when the access happened.
  const [jan, feb, mar, apr, may] = accesses;
  expect((await ingest(url, { source: 'identity', owner: 'AGETIC', events: [jan, feb, apr, may] })).status).toBe(200);
  expect((await ingest(url, { source: 'identity', owner: 'AGETIC', events: [mar, auditEvent({ subjectCi: '7654321' })] })).status).toBe(200);
});

afterAll(async () => {
  await server?.stop();
});

type Page = {
  nodes: Array<{ id: string; occurredAt: string; actingEntity: { code: string } | null; [key: string]: unknown }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
};

async function tracker(variables: Record<string, unknown>, context: Record<string, unknown> = owner) {
  const response = await server.post<{ _entities: Array<{ dataAccesses: Page } | null> }>(query, { ci: '1234567', ...variables }, { context });
  return response.body;
}

describe('Citizen.dataAccesses', () => {
  it('tells the citizen who read which data, when, for which entity and why, newest first', async () => {
    const { data, errors } = await tracker({ first: 2 });
    expect(errors).toBeUndefined();
    const page = data!._entities[0]!.dataAccesses;
    expect(page.totalCount).toBe(5);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.nodes).toEqual([
      {
        id: accesses[4]!.eventId,
        sequence: 4,
        occurredAt: '2025-05-15T12:00:00.000Z',
        fields: ['Citizen.names'],
        reader: '3000001',
        readerRoles: ['health:clinician'],
        actingEntity: { code: 'MIN-SALUD' },
        purpose: 'Atención de emergencia',
        requestId: 'req-5',
        sourceSubgraph: 'identity',
        sourceEntity: { code: 'AGETIC' },
      },
      expect.objectContaining({ id: accesses[3]!.eventId, sequence: 3, occurredAt: '2025-04-15T12:00:00.000Z', actingEntity: { code: 'MIN-EDUCACION' } }),
    ]);
  });

  it('pages with keyset cursors without overlap', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const { data } = await tracker({ first: 2, after });
      const page: Page = data!._entities[0]!.dataAccesses;
      seen.push(...page.nodes.map((n) => n.occurredAt.slice(0, 7)));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(['2025-05', '2025-04', '2025-03', '2025-02', '2025-01']);
  });

  it('filters by acting entity and by period (dates inclusive)', async () => {
    const education = (await tracker({ entity: 'MIN-EDUCACION' })).data!._entities[0]!.dataAccesses;
    expect(education.nodes.map((n) => n.occurredAt.slice(0, 7))).toEqual(['2025-04', '2025-02']);
    expect(education.totalCount).toBe(2);
    const spring = (await tracker({ from: '2025-02-15', to: '2025-04-15' })).data!._entities[0]!.dataAccesses;
    expect(spring.nodes.map((n) => n.occurredAt.slice(0, 7))).toEqual(['2025-04', '2025-03', '2025-02']);
    const instant = (await tracker({ from: '2025-03-15T12:00:00Z', to: '2025-03-15T12:00:00Z' })).data!._entities[0]!.dataAccesses;
    expect(instant.nodes.map((n) => n.requestId)).toEqual(['req-3']);
  });

  it('refuses another citizen, a servant and an anonymous caller (FORBIDDEN)', async () => {
    for (const context of [{ subject: '7654321', roles: ['citizen'] }, { subject: '3000001', roles: ['health:clinician'], actingEntity: 'MIN-SALUD' }, {}]) {
      const { data, errors } = await tracker({}, context);
      expect(data).toEqual({ _entities: [null] });
      expect(errors).toEqual([expect.objectContaining({ message: 'No autorizado: no tiene permiso para leer este dato.', extensions: { code: 'FORBIDDEN' } })]);
    }
  });

  it('refuses bad arguments with BAD_USER_INPUT', async () => {
    const bad: Array<[Record<string, unknown>, string]> = [
      [{ first: 0 }, 'first'],
      [{ after: 'bm90LWEtY3Vyc29y' }, 'after'],
      [{ entity: 'min salud' }, 'entity'],
      [{ from: '2025-13-01' }, 'from'],
      [{ to: 'ayer' }, 'to'],
      [{ from: '2025-05-01', to: '2025-04-01' }, 'from'],
    ];
    for (const [variables, argumentName] of bad) {
      const { errors } = await tracker(variables);
      expect(errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName });
    }
  });
});

describe('exchangeStatistics', () => {
  const statistics = '{ exchangeStatistics(from: "2025-01-01", to: "2025-03-31") { period actingEntity { code } sourceEntity { code } accesses citizens } }';

  it('counts accesses between entities per month for analysts', async () => {
    const { body } = await server.post(statistics, {}, { context: { subject: 'analista-1', roles: ['analyst'] } });
    expect(body).toEqual({
      data: {
        exchangeStatistics: [
          { period: '2025-01', actingEntity: { code: 'MIN-SALUD' }, sourceEntity: { code: 'AGETIC' }, accesses: 1, citizens: 1 },
          { period: '2025-02', actingEntity: { code: 'MIN-EDUCACION' }, sourceEntity: { code: 'AGETIC' }, accesses: 1, citizens: 1 },
          { period: '2025-03', actingEntity: { code: 'MIN-SALUD' }, sourceEntity: { code: 'AGETIC' }, accesses: 2, citizens: 2 },
        ],
      },
    });
  });

  it('is refused to citizens and anonymous callers', async () => {
    for (const context of [owner, {}]) {
      const { body } = await server.post(statistics, {}, { context });
      expect(body.data).toBeNull();
      expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});
