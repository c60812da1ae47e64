import { LINK } from './fixtures';
import { publicEntitiesSdl, signingKeyPair } from './contract-fixtures';
import { request, startRegistry, type RegistryHarness } from './registry-harness';

const ENTITIES = { url: 'http://127.0.0.1:4100/graphql', owner: 'AGETIC' };
const IDENTITY = { url: 'http://127.0.0.1:4101/graphql', owner: 'SEGIP' };

/** Owns Citizen and refers to Territory (keyed by entities). */
const identitySdl = `${LINK}

"Consultas."
type Query {
  "Ciudadano por CI."
  citizen(ci: ID!): Citizen
}

"Ciudadano."
type Citizen @key(fields: "ci") {
  "Cédula de identidad."
  ci: ID!
  "Nombres."
  names: String!
  "Municipio de residencia."
  residence: Territory
}

"Unidad territorial."
type Territory @key(fields: "code", resolvable: false) {
  "Código INE."
  code: ID!
}
`;

let h: RegistryHarness;
let base: string;
const call = (method: string, path: string, options: Parameters<typeof request>[3] = {}) => request(base, method, path, options);

beforeAll(async () => {
  h = await startRegistry('catalogue', { REGISTRY_SIGNING_KEY: signingKeyPair().privateKeyPem });
  base = h.server.url;
});

afterAll(async () => {
  await h.close();
});

describe('catalogue API', () => {
  it('is empty before the first publish', async () => {
    expect(await call('GET', '/catalogue/entities')).toMatchObject({ status: 200, body: { entities: [] } });
    expect(await call('GET', '/catalogue/types')).toMatchObject({ status: 200, body: { types: [] } });
    expect(await call('GET', '/catalogue/changes')).toMatchObject({ status: 200, body: { changes: [] } });
  });

  it('lists entities with their subgraphs', async () => {
    expect((await call('POST', '/subgraphs/entities', { json: { sdl: publicEntitiesSdl, version: '1.0.0', ...ENTITIES } })).status).toBe(201);
    expect((await call('POST', '/subgraphs/identity', { json: { sdl: identitySdl, version: '0.3.0', ...IDENTITY } })).status).toBe(201);
    expect((await call('GET', '/catalogue/entities')).body).toEqual({
      entities: [
        { code: 'AGETIC', name: 'AGETIC', subgraphs: [{ name: 'entities', url: ENTITIES.url, version: '1.0.0', publishedAt: h.instant(0) }] },
        { code: 'SEGIP', name: 'SEGIP', subgraphs: [{ name: 'identity', url: IDENTITY.url, version: '0.3.0', publishedAt: h.instant(1) }] },
      ],
    });
  });

  it('lists types with owners, subgraphs, public flags and the consumers of each field', async () => {
    const usage = await call('POST', '/usage', {
      json: {
        gateway: 'gw-1',
        reports: [
          {
            operationName: 'TerritoryName',
            clientName: 'portal',
            clientVersion: '1.0.0',
            coordinates: ['Query.territory', 'Query.territory(code:)', 'Territory.name'],
            count: 3,
            lastSeen: '2026-01-15T12:30:00.000Z',
          },
          { operationName: 'Names', clientName: 'portal', coordinates: ['Territory.name'], count: 2, lastSeen: '2026-01-15T12:40:00.000Z' },
          { operationName: null, clientName: null, coordinates: ['Territory.name'], count: 1, lastSeen: '2026-01-15T12:20:00.000Z' },
        ],
      },
    });
    expect(usage.status).toBe(202);
    const field = (name: string, type: string, description: string, isPublic: boolean, consumers: unknown[] = []) => ({
      name,
      type,
      description,
      public: isPublic,
      consumers,
    });
    expect((await call('GET', '/catalogue/types')).body).toEqual({
      types: [
        {
          name: 'Citizen',
          kind: 'OBJECT',
          description: 'Ciudadano.',
          ownerEntity: 'SEGIP',
          subgraphs: ['identity'],
          public: false,
          fields: [
            field('ci', 'ID!', 'Cédula de identidad.', false),
            field('names', 'String!', 'Nombres.', false),
            field('residence', 'Territory', 'Municipio de residencia.', false),
          ],
        },
        {
          name: 'Query',
          kind: 'OBJECT',
          description: 'Consultas.',
          ownerEntity: null,
          subgraphs: ['entities', 'identity'],
          public: true,
          fields: [
            field('territory', 'Territory', 'Territorio por código.', true, [
              { clientName: 'portal', operations: ['TerritoryName'], count: 3, lastSeen: '2026-01-15T12:30:00.000Z' },
            ]),
            field('citizen', 'Citizen', 'Ciudadano por CI.', false),
          ],
        },
        {
          name: 'Territory',
          kind: 'OBJECT',
          description: 'Unidad territorial.',
          ownerEntity: 'AGETIC',
          subgraphs: ['entities', 'identity'],
          public: true,
          fields: [
            field('code', 'ID!', 'Código INE.', true),
            field('name', 'String!', 'Nombre.', true, [
              { clientName: 'portal', operations: ['Names', 'TerritoryName'], count: 5, lastSeen: '2026-01-15T12:40:00.000Z' },
              { clientName: '(desconocido)', operations: ['(anónima)'], count: 1, lastSeen: '2026-01-15T12:20:00.000Z' },
            ]),
            field('population', 'Int', 'Población.', false),
          ],
        },
      ],
    });
  });

  it('lists the change log newest first, with a limit', async () => {
    const changes = (await call('GET', '/catalogue/changes')).body as { changes: { changes: unknown[] }[] };
    expect(changes).toEqual({
      changes: [
        { at: h.instant(1), subgraph: 'identity', owner: 'SEGIP', versionId: '2', publishedBy: 'dev', forcedReason: null, changes: [] },
        { at: h.instant(0), subgraph: 'entities', owner: 'AGETIC', versionId: '1', publishedBy: 'dev', forcedReason: null, changes: [] },
      ],
    });
    expect(((await call('GET', '/catalogue/changes?limit=1')).body as { changes: unknown[] }).changes).toHaveLength(1);
    for (const limit of ['0', '501', 'x']) {
      expect(await call('GET', `/catalogue/changes?limit=${limit}`)).toMatchObject({
        status: 400,
        body: { error: { code: 'INVALID_REQUEST', message: 'limit debe ser un número entero entre 1 y 500.' } },
      });
    }
  });
});
