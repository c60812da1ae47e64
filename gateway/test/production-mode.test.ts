import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sha256Hex } from '../src/trusted-documents/trusted-documents';
import { startGatewayHarness, type GatewayHarness, type HarnessGateway } from './helpers/gateway-harness';

const REGISTERED = 'query Residencia { citizen(ci: "1234567") { names residence { name } } }';
const REGISTERED_ANSWER = { data: { citizen: { names: 'Juana Mamani Quispe', residence: { name: 'Nuestra Señora de La Paz' } } } };
const INTROSPECTION = 'query Tipos { __schema { queryType { name } } }';
const TYPO = 'query Errata { citizen(ci: "1234567") { name } }';
const UNREGISTERED = '{ territory(code: "02") { name } }';

const NOT_REGISTERED = {
  errors: [
    {
      message:
        'Operación no registrada: en producción, las solicitudes anónimas y de ciudadanos solo pueden ejecutar las operaciones registradas de la aplicación.',
      extensions: { code: 'OPERATION_NOT_REGISTERED' },
    },
  ],
};
const HASH_MISS = {
  errors: [
    {
      message: 'La operación persistida no está registrada en el gateway (hash desconocido).',
      extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
    },
  ],
};
const NO_INTROSPECTION = {
  errors: [
    {
      message: 'La introspección del esquema no está disponible para este usuario en producción.',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    },
  ],
};

/** Returns the Apollo APQ extension naming `query` by its hash (the query itself not sent). */
const persisted = (query: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256Hex(query) } } });

describe('production mode: trusted documents, introspection and field suggestions', () => {
  let harness: GatewayHarness;
  let gateway: HarnessGateway;
  let dir: string;
  const bearer = async (claims: Record<string, unknown>) => ({ authorization: `Bearer ${await harness.idp.sign({ claims })}` });

  beforeAll(async () => {
    harness = await startGatewayHarness();
    dir = mkdtempSync(path.join(tmpdir(), 'egob-trusted-'));
    const manifest = path.join(dir, 'trusted-documents.json');
    writeFileSync(manifest, JSON.stringify(Object.fromEntries([REGISTERED, INTROSPECTION, TYPO].map((doc) => [sha256Hex(doc), doc]))));
    gateway = await harness.startGateway({
      EGOB_MODE: 'production',
      USAGE_REPORTING: 'false',
      TRUSTED_DOCUMENTS_FILE: manifest,
    });
  });

  afterAll(async () => {
    await harness?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  afterEach(async () => {
    // Whatever was refused, the gateway still answers a registered operation.
    expect((await gateway.post(persisted(REGISTERED))).body).toEqual(REGISTERED_ANSWER);
  });

  describe('anonymous traffic runs only registered operations', () => {
    it('by APQ hash, by documentId (with or without sha256:) and by exact text', async () => {
      for (const body of [
        persisted(REGISTERED),
        { documentId: `sha256:${sha256Hex(REGISTERED)}` },
        { documentId: sha256Hex(REGISTERED), operationName: 'Residencia' },
        { query: REGISTERED },
      ]) {
        const response = await gateway.post(body);
        expect(response.status).toBe(200);
        expect(response.body).toEqual(REGISTERED_ANSWER);
      }
    });

    it('by hash over GET (with the CSRF preflight header)', async () => {
      const extensions = encodeURIComponent(JSON.stringify(persisted(REGISTERED).extensions));
      const response = await fetch(`${gateway.url}/graphql?extensions=${extensions}`, { headers: { 'apollo-require-preflight': 'true' } });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual(REGISTERED_ANSWER);
    });

    it('refuses an unregistered document with 400 OPERATION_NOT_REGISTERED', async () => {
      harness.entities.received.length = 0;
      const response = await gateway.query(UNREGISTERED);
      expect(response.status).toBe(400);
      expect(response.body).toEqual(NOT_REGISTERED);
      expect(harness.entities.received).toEqual([]);
    });

    it('refuses a persisted-hash miss with 400 PERSISTED_QUERY_NOT_FOUND (also a malformed hash or documentId)', async () => {
      for (const body of [persisted(UNREGISTERED), { documentId: sha256Hex(UNREGISTERED) }, { documentId: 'Residencia' }, { extensions: { persistedQuery: { version: 1 } } }]) {
        const response = await gateway.post(body);
        expect(response.status).toBe(400);
        expect(response.body).toEqual(HASH_MISS);
      }
    });

    it('never registers a document: hash + query (an APQ registration) is refused, and the hash stays unknown', async () => {
      const registration = await gateway.post({ query: UNREGISTERED, ...persisted(UNREGISTERED) });
      expect(registration.status).toBe(400);
      expect(registration.body).toEqual(NOT_REGISTERED);
      expect((await gateway.post(persisted(UNREGISTERED))).body).toEqual(HASH_MISS);
    });

    it('refuses a hash that is not the hash of the query sent with it', async () => {
      const response = await gateway.post({ query: UNREGISTERED, ...persisted(REGISTERED) });
      expect(response.status).toBe(400);
      expect(response.body).toEqual({
        errors: [{ message: 'El hash enviado no corresponde al texto de la operación.', extensions: { code: 'BAD_REQUEST' } }],
      });
    });
  });

  it('refuses unregistered operations for citizens too', async () => {
    const response = await gateway.query(UNREGISTERED, await bearer({ roles: ['citizen'] }));
    expect(response.status).toBe(400);
    expect(response.body).toEqual(NOT_REGISTERED);
    expect((await gateway.post(persisted(REGISTERED), await bearer({ roles: ['citizen'] }))).body).toEqual(REGISTERED_ANSWER);
  });

  it('lets developers, platform admins and service accounts run any operation (but register none)', async () => {
    for (const claims of [
      { roles: ['citizen', 'developer'] },
      { roles: ['citizen', 'platform:admin'] },
      { sub: 'service:padron', client_id: 'padron', roles: ['service'] },
    ]) {
      const response = await gateway.query(UNREGISTERED, await bearer(claims));
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ data: { territory: { name: 'La Paz' } } });
    }
    const registration = await gateway.post({ query: UNREGISTERED, ...persisted(UNREGISTERED) }, await bearer({ roles: ['developer'] }));
    expect(registration.body).toEqual({ data: { territory: { name: 'La Paz' } } });
    expect((await gateway.post(persisted(UNREGISTERED))).body).toEqual(HASH_MISS);
  });

  it('introspection is off for anonymous users and citizens, on for developers and admins', async () => {
    for (const headers of [{}, await bearer({ roles: ['citizen'] }), await bearer({ roles: ['citizen', 'analyst'] })]) {
      const response = await gateway.post(persisted(INTROSPECTION), headers);
      expect(response.status).toBe(400);
      expect(response.body).toEqual(NO_INTROSPECTION);
    }
    for (const roles of [['developer'], ['platform:admin']]) {
      const response = await gateway.post(persisted(INTROSPECTION), await bearer({ roles }));
      expect(response.body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    }
    const typename = await gateway.query('{ __typename }', await bearer({ roles: ['service'] }));
    expect(typename.body).toEqual({ data: { __typename: 'Query' } });
  });

  it('field suggestions ("Did you mean") are off for anonymous users, on for developers', async () => {
    const anonymous = await gateway.post(persisted(TYPO));
    expect(anonymous.status).toBe(400);
    expect(anonymous.body).toEqual({
      errors: [
        {
          message: 'Cannot query field "name" on type "Citizen".',
          locations: [{ line: 1, column: 41 }],
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        },
      ],
    });
    const developer = await gateway.post(persisted(TYPO), await bearer({ roles: ['developer'] }));
    expect(developer.body.errors?.[0]?.message).toBe('Cannot query field "name" on type "Citizen". Did you mean "names"?');
  });
});

describe('development mode (the default)', () => {
  let harness: GatewayHarness;

  beforeAll(async () => {
    harness = await startGatewayHarness();
  });

  afterAll(async () => {
    await harness?.stop();
  });

  it('runs any anonymous operation, with introspection and suggestions, and still resolves registered hashes', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'egob-trusted-dev-'));
    try {
      const manifest = path.join(dir, 'manifest.json');
      writeFileSync(manifest, JSON.stringify({ [sha256Hex(REGISTERED)]: REGISTERED }));
      const gateway = await harness.startGateway({ TRUSTED_DOCUMENTS_FILE: manifest });
      expect((await gateway.query(UNREGISTERED)).body).toEqual({ data: { territory: { name: 'La Paz' } } });
      expect((await gateway.query(INTROSPECTION)).body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
      expect((await gateway.query(TYPO)).body.errors?.[0]?.message).toBe('Cannot query field "name" on type "Citizen". Did you mean "names"?');
      expect((await gateway.post(persisted(REGISTERED))).body).toEqual(REGISTERED_ANSWER);
      expect((await gateway.post(persisted(UNREGISTERED))).body).toEqual(HASH_MISS);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses to start on a manifest whose hash does not match its document', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'egob-trusted-bad-'));
    try {
      const manifest = path.join(dir, 'manifest.json');
      writeFileSync(manifest, JSON.stringify({ [sha256Hex(REGISTERED)]: UNREGISTERED }));
      await expect(harness.startGateway({ TRUSTED_DOCUMENTS_FILE: manifest })).rejects.toThrow(
        `trusted-documents manifest: ${sha256Hex(REGISTERED)} is not the SHA-256 of its document`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
