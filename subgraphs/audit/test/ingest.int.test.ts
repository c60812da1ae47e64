import { startTestSubgraph, type TestSubgraph } from '@egob/subgraph-kit/testing';
import audit from '@egob/audit';
import { auditEvent, ingest, ingestUrlOf } from './support/audit-fixtures';

const IDENTITY_KEY = 'identity-key-0123456789abcdef';
const HEALTH_KEY = 'health-key-0123456789abcdef';

let server: TestSubgraph<unknown>;
let url: string;

beforeAll(async () => {
  server = await startTestSubgraph(audit, { label: 'audit_ingest', env: { AUDIT_INGEST_KEYS: `identity=${IDENTITY_KEY},health=${HEALTH_KEY}` } });
  url = ingestUrlOf(server.url);
});

afterAll(async () => {
  await server?.stop();
});

async function storedCount(): Promise<number> {
  const rows: Array<{ n: number | string }> = await server.app.database.dataSource.query('SELECT COUNT(*) AS n FROM audit_event');
  return Number(rows[0]!.n);
}

const batch = (events: unknown[], source = 'identity') => ({ source, owner: 'AGETIC', events });

describe('POST /ingest', () => {
  it('stores a batch once: a second delivery of the same events is counted as duplicates', async () => {
    const events = [auditEvent(), auditEvent({ subjectCi: '7654321' })];
    expect(await ingest(url, batch(events), IDENTITY_KEY)).toEqual({ status: 200, body: { ok: true, stored: 2, duplicates: 0 } });
    expect(await ingest(url, batch(events), IDENTITY_KEY)).toEqual({ status: 200, body: { ok: true, stored: 0, duplicates: 2 } });
    const repeated = auditEvent();
    expect(await ingest(url, batch([repeated, repeated, events[0]]), IDENTITY_KEY)).toEqual({ status: 200, body: { ok: true, stored: 1, duplicates: 2 } });
    expect(await storedCount()).toBe(3);
  });

  it('refuses a missing, wrong or other source\'s key with 401 and stores nothing', async () => {
    const before = await storedCount();
    const unauthorized = { ok: false, error: { code: 'UNAUTHENTICATED', message: 'Fuente no autorizada: la clave de ingesta no corresponde a la fuente declarada.' } };
    expect(await ingest(url, batch([auditEvent()]))).toEqual({ status: 401, body: unauthorized });
    expect(await ingest(url, batch([auditEvent()]), 'wrong-key-0123456789abcdef')).toEqual({ status: 401, body: unauthorized });
    expect(await ingest(url, batch([auditEvent()]), HEALTH_KEY)).toEqual({ status: 401, body: unauthorized });
    expect(await ingest(url, batch([auditEvent()], 'education'), IDENTITY_KEY)).toEqual({ status: 401, body: unauthorized });
    expect(await storedCount()).toBe(before);
  });

  it('refuses malformed input with 400 and a one-line reason, storing nothing of the batch', async () => {
    const before = await storedCount();
    const cases: Array<[unknown, string]> = [
      ['{"source": ', 'Solicitud mal formada: el cuerpo debe ser JSON.'],
      [[1, 2], 'Lote de auditoría inválido en el cuerpo: el cuerpo debe ser un objeto JSON { source, owner, events }'],
      [batch([]), 'Lote de auditoría inválido en events: debe ser una lista de 1 a 500 eventos'],
      [batch([auditEvent(), auditEvent({ eventId: 'not-a-uuid' })]), 'Lote de auditoría inválido en events[1].eventId: debe ser un UUID'],
      [batch([auditEvent({ fields: ['names; DROP TABLE audit_event'] })]), 'Lote de auditoría inválido en events[0].fields[0]: debe ser una lista de 1 a 500 coordenadas Tipo.campo'],
      [batch([auditEvent({ occurredAt: '2025-02-30T10:00:00.000Z' })]), 'Lote de auditoría inválido en events[0].occurredAt: debe ser un instante UTC AAAA-MM-DDTHH:MM:SS.sssZ'],
      [batch([auditEvent({ actingEntity: 5 })]), 'Lote de auditoría inválido en events[0].actingEntity: debe ser null o el código de una entidad pública'],
      [batch([auditEvent({ extra: true })]), 'Lote de auditoría inválido en events[0]: contiene un campo desconocido'],
      [batch(Array.from({ length: 501 }, () => auditEvent())), 'Lote de auditoría inválido en events: debe ser una lista de 1 a 500 eventos'],
      [{ ...batch([auditEvent()]), owner: 'agetic' }, 'Lote de auditoría inválido en owner: debe ser el código de la entidad propietaria del subgrafo (A-Z, 0-9, -)'],
    ];
    for (const [body, message] of cases) {
      const answer = await ingest(url, body, IDENTITY_KEY);
      expect({ body, answer }).toEqual({ body, answer: { status: 400, body: { ok: false, error: { code: 'BAD_REQUEST', message } } } });
    }
    expect(await storedCount()).toBe(before);
  });
});
