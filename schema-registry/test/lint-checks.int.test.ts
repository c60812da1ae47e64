import { LINK } from './fixtures';
import { request, startRegistry, type RegistryHarness } from './registry-harness';

const undocumented = `${LINK}

type Query {
  color(hex_code: String): Color
}

enum Color {
  dark_red
}
`;

const documented = `${LINK}

"Consultas de colores."
type Query {
  "Un color por su código."
  color("Código hexadecimal." hexCode: String): Color
}

"Colores del catálogo."
enum Color {
  "Rojo oscuro."
  DARK_RED
}
`;

const findings = (severity: 'warn' | 'error') => [
  { severity, coordinate: 'Query', rule: 'description-required', message: 'Falta la descripción de Query.' },
  { severity, coordinate: 'Query.color', rule: 'description-required', message: 'Falta la descripción de Query.color.' },
  { severity, coordinate: 'Query.color(hex_code:)', rule: 'description-required', message: 'Falta la descripción de Query.color(hex_code:).' },
  { severity, coordinate: 'Query.color(hex_code:)', rule: 'naming-argument', message: 'El nombre del argumento Query.color(hex_code:) debe estar en camelCase.' },
  { severity, coordinate: 'Color', rule: 'description-required', message: 'Falta la descripción de Color.' },
  { severity, coordinate: 'Color.dark_red', rule: 'description-required', message: 'Falta la descripción de Color.dark_red.' },
  { severity, coordinate: 'Color.dark_red', rule: 'naming-enum-value', message: 'El valor de enumeración Color.dark_red debe estar en SCREAMING_SNAKE_CASE.' },
];

const body = (sdl: string, extra: Record<string, unknown> = {}) => ({ sdl, url: 'http://127.0.0.1:4110/graphql', version: '1', owner: 'MCULTURA', ...extra });

describe('lint with LINT_SEVERITY=warn (default, open mode)', () => {
  let h: RegistryHarness;
  beforeAll(async () => {
    h = await startRegistry('registry_lint_warn');
  });
  afterAll(() => h.close());

  it('accepts undocumented SDL, listing warnings; registers the owner and records "dev" as publisher', async () => {
    const accepted = await request(h.server.url, 'POST', '/subgraphs/colors', { json: body(undocumented) });
    expect(accepted.status).toBe(201);
    expect(accepted.body).toMatchObject({ checks: { lint: findings('warn'), verdict: 'PASS' } });
    expect((await request(h.server.url, 'GET', '/owners')).body).toEqual({ owners: [{ code: 'MCULTURA', name: 'MCULTURA', createdAt: h.instant(0) }] });
    const versions = (await h.registry.database.dataSource.manager.query('SELECT published_by FROM registry_subgraph_version')) as { published_by: string }[];
    expect(versions).toEqual([{ published_by: 'dev' }]);
  });
});

describe('lint with LINT_SEVERITY=error', () => {
  let h: RegistryHarness;
  beforeAll(async () => {
    h = await startRegistry('registry_lint_error', { LINT_SEVERITY: 'error' });
  });
  afterAll(() => h.close());

  it('refuses undocumented SDL with 422 LINT_FAILED, changing nothing', async () => {
    const refused = await request(h.server.url, 'POST', '/subgraphs/colors', { json: body(undocumented) });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({
      ok: false,
      error: { code: 'LINT_FAILED', message: 'El SDL no cumple las reglas de estilo (7 problemas, LINT_SEVERITY=error).', details: { lint: findings('error') } },
      checks: { lint: findings('error'), verdict: 'LINT_FAILED' },
    });
    expect((await request(h.server.url, 'GET', '/subgraphs')).body).toEqual({ subgraphs: [] });
    expect((await request(h.server.url, 'GET', '/owners')).body).toEqual({ owners: [] });
  });

  it('accepts documented SDL with no findings', async () => {
    const accepted = await request(h.server.url, 'POST', '/subgraphs/colors', { json: body(documented) });
    expect(accepted.status).toBe(201);
    expect(accepted.body).toMatchObject({ checks: { lint: [], verdict: 'PASS' } });
  });

  it('accepts undocumented SDL when forced with a reason', async () => {
    const forced = await request(h.server.url, 'POST', '/subgraphs/colors', { json: body(undocumented, { force: { reason: 'Migración heredada' } }) });
    expect(forced.status).toBe(201);
    expect(forced.body).toMatchObject({ forced: { reason: 'Migración heredada' }, checks: { lint: findings('error'), verdict: 'PASS' } });
  });
});
