import { parsePublishRequest } from '../src/publish/publish-request';

const body = { sdl: 'type Query { a: String }', url: 'http://127.0.0.1:4100/graphql', version: '1.0.0', owner: 'AGETIC' };

describe('parsePublishRequest', () => {
  it('accepts a valid name and body', () => {
    expect(parsePublishRequest('open-data2', body)).toEqual({ ok: true, request: { name: 'open-data2', ...body, force: null } });
  });

  it('reads force.reason trimmed, and refuses a reason out of 3–500 characters', () => {
    expect(parsePublishRequest('a', { ...body, force: { reason: '  acordado con el portal  ' } })).toEqual({
      ok: true,
      request: { name: 'a', ...body, force: { reason: 'acordado con el portal' } },
    });
    for (const force of [{ reason: 'no' }, { reason: 'x'.repeat(501) }, { why: 'sin reason' }, 'texto', []]) {
      expect(parsePublishRequest('a', { ...body, force })).toMatchObject({
        ok: false,
        error: { code: 'INVALID_REQUEST', details: { fields: [{ field: 'force', message: 'force.reason: requerido al forzar, de 3 a 500 caracteres' }] } },
      });
    }
  });

  it.each(['Bad_Name', '1abc', '-a', 'a_b', 'ñandu', '', 'a'.repeat(65)])('refuses the name %j', (name) => {
    expect(parsePublishRequest(name, body)).toEqual({
      ok: false,
      error: {
        code: 'INVALID_NAME',
        message: `El nombre de subgrafo "${name}" no es válido: debe cumplir [a-z][a-z0-9-]* y tener como máximo 64 caracteres.`,
      },
    });
  });

  it.each([undefined, null, 'text', 42, [body]])('refuses a body that is not an object: %j', (value) => {
    expect(parsePublishRequest('a', value)).toEqual({
      ok: false,
      error: { code: 'INVALID_REQUEST', message: 'El cuerpo debe ser un objeto JSON (Content-Type: application/json).' },
    });
  });

  it('lists every invalid field', () => {
    expect(parsePublishRequest('a', { sdl: '  ', url: 'ftp://x', version: 'v'.repeat(65), owner: 'agetic' })).toEqual({
      ok: false,
      error: {
        code: 'INVALID_REQUEST',
        message:
          'Solicitud inválida: sdl: requerido: el SDL del subgrafo, texto no vacío; url: requerida: una URL http(s)://…; ' +
          'version: requerida: una etiqueta de 1 a 64 caracteres (versión del paquete, sha de git…); ' +
          'owner: requerido: código de la entidad pública propietaria, [A-Z0-9-]{2,32} (p. ej. AGETIC).',
        details: {
          fields: [
            { field: 'sdl', message: 'requerido: el SDL del subgrafo, texto no vacío' },
            { field: 'url', message: 'requerida: una URL http(s)://…' },
            { field: 'version', message: 'requerida: una etiqueta de 1 a 64 caracteres (versión del paquete, sha de git…)' },
            { field: 'owner', message: 'requerido: código de la entidad pública propietaria, [A-Z0-9-]{2,32} (p. ej. AGETIC)' },
          ],
        },
      },
    });
  });

  it('accepts the longest version label and owner code', () => {
    const result = parsePublishRequest('a', { ...body, version: 'v'.repeat(64), owner: 'A'.repeat(32) });
    expect(result.ok).toBe(true);
  });
});
