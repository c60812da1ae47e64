import { createRequestContext } from '../src';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('createRequestContext', () => {
  it('is anonymous, with the declared purpose and the client request id', () => {
    expect(
      createRequestContext({ 'x-egob-purpose': '  Verificación de residencia ', 'x-request-id': 'abc-123-DEF' }),
    ).toEqual({
      subject: 'anonymous',
      roles: [],
      actingEntity: null,
      purpose: 'Verificación de residencia',
      requestId: 'abc-123-DEF',
    });
  });

  it('makes a fresh UUID when the request id is missing, too long or not [A-Za-z0-9-]', () => {
    for (const value of [undefined, '', 'a'.repeat(65), 'id with spaces', 'id;drop', 'ñandú']) {
      expect(createRequestContext({ 'x-request-id': value }).requestId).toMatch(UUID);
    }
    expect(createRequestContext({ 'x-request-id': 'a'.repeat(64) }).requestId).toBe('a'.repeat(64));
  });

  it('drops a purpose that is empty, longer than 200 characters or holds control characters', () => {
    for (const value of [undefined, '   ', 'x'.repeat(201), 'línea 1\nlínea 2', 'tab\there']) {
      expect(createRequestContext({ 'x-egob-purpose': value }).purpose).toBeNull();
    }
    expect(createRequestContext({ 'x-egob-purpose': 'x'.repeat(200) }).purpose).toBe('x'.repeat(200));
  });

  it('never takes a subject or roles from the client', () => {
    const context = createRequestContext({ 'x-egob-subject': '1234567', 'x-egob-roles': 'admin', authorization: 'Bearer x' });
    expect(context.subject).toBe('anonymous');
    expect(context.roles).toEqual([]);
  });
});

describe('createRequestContext with a verified user', () => {
  const servant = {
    subject: '7654321',
    clientId: 'portal-ciudadano',
    roles: ['citizen'],
    entityRoles: { SEDES_LP: ['health:clinician', 'health:records'], MINEDU: ['education:registrar'] },
  };

  it('adds the entity roles of the acting entity named by the header, once each', () => {
    expect(
      createRequestContext(
        { 'x-egob-acting-entity': 'MINEDU', 'x-request-id': 'r-1' },
        { ...servant, roles: ['citizen', 'education:registrar'] },
      ),
    ).toEqual({ subject: '7654321', roles: ['citizen', 'education:registrar'], actingEntity: 'MINEDU', purpose: null, requestId: 'r-1' });
  });

  it('acts for the only entity without a header, for none when there are several or none', () => {
    const single = { ...servant, entityRoles: { SEDES_LP: ['health:clinician'] } };
    expect(createRequestContext({}, single)).toMatchObject({ roles: ['citizen', 'health:clinician'], actingEntity: 'SEDES_LP' });
    expect(createRequestContext({ 'x-egob-acting-entity': '' }, single)).toMatchObject({ actingEntity: 'SEDES_LP' });
    expect(createRequestContext({}, servant)).toMatchObject({ roles: ['citizen'], actingEntity: null });
    expect(createRequestContext({}, { ...servant, entityRoles: {} })).toMatchObject({ roles: ['citizen'], actingEntity: null });
  });

  it('throws a 403 FORBIDDEN refusal for an entity the user does not hold (or any, for anonymous callers)', () => {
    const refusal = expect.objectContaining({ status: 403, code: 'FORBIDDEN', message: 'El usuario no actúa por esa entidad.' });
    expect(() => createRequestContext({ 'x-egob-acting-entity': 'MTEPS' }, servant)).toThrow(refusal);
    expect(() => createRequestContext({ 'x-egob-acting-entity': 'toString' }, servant)).toThrow(refusal);
    expect(() => createRequestContext({ 'x-egob-acting-entity': 'SEDES_LP' })).toThrow(refusal);
  });
});
