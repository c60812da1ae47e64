import { parseSubgraphSdl } from '../src/composition/parse-subgraph-sdl';
import { LINK, identitySdl } from './fixtures';

describe('parseSubgraphSdl', () => {
  it('returns the document of a valid Federation 2 subgraph', () => {
    const result = parseSubgraphSdl('identity', 'http://identity', identitySdl);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.document.definitions.map((d) => ('name' in d ? d.name?.value : d.kind))).toEqual([
      'SchemaExtension',
      'Query',
      'Citizen',
      'Territory',
    ]);
  });

  it('accepts a Federation 1 subgraph (composition upgrades it)', () => {
    expect(parseSubgraphSdl('old', 'http://old', 'extend type Query { a: String }').ok).toBe(true);
  });

  it('reports a syntax error with its line and column', () => {
    expect(parseSubgraphSdl('x', 'http://x', `${LINK}\ntype Query {\n  a: String\n`)).toEqual({
      ok: false,
      error: {
        message: 'SDL inválido (línea 4, columna 1): Syntax Error: Expected Name, found <EOF>.',
        details: { line: 4, column: 1 },
      },
    });
  });

  it('reports a schema error of the subgraph itself', () => {
    expect(parseSubgraphSdl('x', 'http://x', `${LINK}\ntype Query {\n  a: Foo\n}\n`)).toEqual({
      ok: false,
      error: {
        message: 'SDL inválido: [x] Unknown type Foo',
        details: { errors: [{ code: 'INVALID_GRAPHQL', message: '[x] Unknown type Foo', line: 3, column: 6 }] },
      },
    });
  });
});
