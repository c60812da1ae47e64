import { startTestSubgraph, type TestSubgraph } from '@egob/subgraph-kit/testing';
import subgraph from '@egob/education';
import { callers, educationTestHelpers } from './support/education-callers';

let server: TestSubgraph<unknown>;

beforeAll(async () => {
  server = await startTestSubgraph(subgraph, { label: 'education_verify', citizens: 1 });
});

afterAll(async () => {
  await server?.stop();
});

const { gql } = educationTestHelpers(() => server);

const VERIFY = `query ($code: ID!, $document: String) {
  verifyTitle(code: $code, document: $document) { valid status message title { code kind name issuedOn holderCiMasked institution { code name kind } } }
}`;

const seededBachiller = {
  code: 'TIT-2005-AYA7K2QM',
  kind: 'BACHILLER',
  name: 'Bachiller en Humanidades',
  issuedOn: '2005-12-15',
  holderCiMasked: '12***67',
  institution: { code: '80730001', name: 'Unidad Educativa Ayacucho', kind: 'SCHOOL' },
};

describe('verifyTitle (public)', () => {
  it('answers GENUINE for a seeded title without a document, to anyone, and audits nothing', async () => {
    expect(await gql(VERIFY, { code: 'TIT-2005-AYA7K2QM' }, callers.anonymous)).toEqual({
      data: {
        verifyTitle: {
          valid: true,
          status: 'GENUINE',
          message: 'Título auténtico: fue emitido por el Ministerio de Educación y está registrado.',
          title: seededBachiller,
        },
      },
    });
    const outbox = await server.app.database.dataSource.query('SELECT COUNT(*) AS n FROM egob_audit_outbox');
    expect(Number(outbox[0].n)).toBe(0);
  });

  it('answers NOT_FOUND for an unknown or malformed code, never an error', async () => {
    for (const code of ['TIT-2005-ZZZZZZZZ', 'hola', '', "TIT-2005-AYA7K2QM' OR 1=1"]) {
      expect(await gql(VERIFY, { code }, callers.anonymous)).toEqual({
        data: { verifyTitle: { valid: false, status: 'NOT_FOUND', message: 'No existe un título con ese código.', title: null } },
      });
    }
  });

  it('answers ALTERED for a malformed document, with a clear message', async () => {
    const malformed = ['not json', '{}', '[1,2]', JSON.stringify({ payload: 'not json', signature: 'x', keyId: 'k' }), 'x'.repeat(9000)];
    for (const document of malformed) {
      expect(await gql(VERIFY, { code: 'TIT-2005-AYA7K2QM', document }, callers.anonymous)).toEqual({
        data: {
          verifyTitle: {
            valid: false,
            status: 'ALTERED',
            message: 'Documento mal formado: se espera el texto JSON { payload, signature, keyId } exportado del buzón ciudadano.',
            title: seededBachiller,
          },
        },
      });
    }
  });

  it('answers ALTERED for a well-formed document that does not match the register, and SIGNATURE_INVALID when the signature cannot be checked', async () => {
    const payload = (sha256: string, issuer = 'MIN-EDUCACION') =>
      JSON.stringify({ payload: JSON.stringify({ ci: '1234567', contentType: 'application/json', id: 'x', issuedAt: '2005-12-15T12:00:00.000Z', issuer, kind: 'TITLE', sha256, title: 'Bachiller en Humanidades' }), signature: 's', keyId: 'k' });
    const wrongHash = await gql(VERIFY, { code: 'TIT-2005-AYA7K2QM', document: payload('0'.repeat(64)) }, callers.anonymous);
    expect(wrongHash.data.verifyTitle).toMatchObject({ valid: false, status: 'ALTERED', message: 'El documento no coincide con el título registrado: fue alterado o corresponde a otro título.' });
    const wrongIssuer = await gql(VERIFY, { code: 'TIT-2005-AYA7K2QM', document: payload('0'.repeat(64), 'SEGIP') }, callers.anonymous);
    expect(wrongIssuer.data.verifyTitle).toMatchObject({ valid: false, status: 'ALTERED', message: 'El documento no declara como emisor al Ministerio de Educación (MIN-EDUCACION).' });
    const stored = await server.app.database.dataSource.query("SELECT content_sha256 FROM academic_title WHERE code = 'TIT-2005-AYA7K2QM'");
    const matching = await gql(VERIFY, { code: 'TIT-2005-AYA7K2QM', document: payload(stored[0].content_sha256) }, callers.anonymous);
    expect(matching.data.verifyTitle).toMatchObject({
      valid: false,
      status: 'SIGNATURE_INVALID',
      message: 'No se pudo comprobar la firma del documento en este momento (servicio de verificación no disponible): no se lo puede dar por válido.',
    });
  });
});
