import { composeServices } from '@apollo/composition';
import { Supergraph } from '@apollo/federation-internals';
import { lexicographicSortSchema, parse, printSchema, type GraphQLSchema } from 'graphql';
import { deriveContract } from '../src/contracts/derive-contract';

const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@tag", "@inaccessible"])';

/** Composes `[name, sdl]` subgraphs into a supergraph SDL. */
function supergraph(...subgraphs: [string, string][]): string {
  const result = composeServices(subgraphs.map(([name, sdl]) => ({ name, url: `http://${name}`, typeDefs: parse(sdl) })));
  if (!result.supergraphSdl) throw new Error(`fixture does not compose: ${result.errors?.map((e) => e.message).join('; ')}`);
  return result.supergraphSdl;
}

/** The API schema of a contract, sorted and printed (what a public gateway would serve). */
function api(sdl: string): string {
  const schema: GraphQLSchema = Supergraph.build(sdl).apiSchema().toGraphQLJSSchema();
  return printSchema(lexicographicSortSchema(schema));
}

function contractApi(sdl: string): string {
  const result = deriveContract(sdl);
  if (!result.ok) throw new Error(`contract failed: ${JSON.stringify(result.errors)}`);
  return api(result.sdl);
}

describe('deriveContract', () => {
  it('hides untagged fields, keeps tagged ones, and Query keeps only tagged fields', () => {
    const sdl = supergraph([
      'a',
      `${LINK}
type Query {
  territory(code: ID!): Territory @tag(name: "public")
  secret: String
}
type Territory @key(fields: "code") {
  code: ID! @tag(name: "public")
  name: String! @tag(name: "public")
  population: Int
}`,
    ]);
    expect(contractApi(sdl)).toBe(`type Query {
  territory(code: ID!): Territory
}

type Territory {
  code: ID!
  name: String!
}`);
  });

  it('exposes every field of a tagged type', () => {
    const sdl = supergraph([
      'a',
      `${LINK}
type Query {
  entity(code: ID!): Entity @tag(name: "public")
}
type Entity @key(fields: "code") @tag(name: "public") {
  code: ID!
  name: String!
}`,
    ]);
    expect(contractApi(sdl)).toBe(`type Entity {
  code: ID!
  name: String!
}

type Query {
  entity(code: ID!): Entity
}`);
  });

  it('hides untagged types whole, across subgraphs', () => {
    const sdl = supergraph(
      ['a', `${LINK}\ntype Query {\n  territory(code: ID!): Territory @tag(name: "public")\n}\ntype Territory @key(fields: "code") @tag(name: "public") {\n  code: ID!\n}`],
      ['b', `${LINK}\ntype Query {\n  citizen(ci: ID!): Citizen\n}\ntype Citizen @key(fields: "ci") {\n  ci: ID!\n  residence: Territory\n}\ntype Territory @key(fields: "code", resolvable: false) {\n  code: ID!\n}`],
    );
    expect(contractApi(sdl)).toBe(`type Query {
  territory(code: ID!): Territory
}

type Territory {
  code: ID!
}`);
  });

  it('fails when a public field returns a hidden type, naming both', () => {
    const sdl = supergraph([
      'a',
      `${LINK}
type Query {
  citizen(ci: ID!): Citizen @tag(name: "public")
}
type Citizen @key(fields: "ci") {
  ci: ID!
}`,
    ]);
    const result = deriveContract(sdl);
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          code: 'REFERENCED_INACCESSIBLE',
          message: expect.stringMatching(/Citizen.*Query\.citizen|Query\.citizen.*Citizen/),
        },
      ],
    });
  });

  it('keeps enums and scalars used by visible fields or arguments, with all their values, and hides unused ones', () => {
    const sdl = supergraph([
      'a',
      `${LINK}
scalar Date
scalar Secret
enum Level { DEPARTMENT PROVINCE }
enum Hidden { X Y }
type Query {
  territories(level: Level): [Territory!]! @tag(name: "public")
  internal(kind: Hidden): Secret
}
type Territory @key(fields: "code") @tag(name: "public") {
  code: ID!
  founded: Date
}`,
    ]);
    expect(contractApi(sdl)).toBe(`scalar Date

enum Level {
  DEPARTMENT
  PROVINCE
}

type Query {
  territories(level: Level): [Territory!]!
}

type Territory {
  code: ID!
  founded: Date
}`);
  });

  it('keeps only the tagged values of an enum that tags some of them', () => {
    const sdl = supergraph([
      'a',
      `${LINK}
enum Status { OPEN @tag(name: "public") CLOSED @tag(name: "public") INTERNAL_REVIEW }
type Query {
  caseStatus(id: ID!): Status @tag(name: "public")
}`,
    ]);
    expect(contractApi(sdl)).toBe(`type Query {
  caseStatus(id: ID!): Status
}

enum Status {
  CLOSED
  OPEN
}`);
  });

  it('keeps input types used by a visible argument, and the inputs they use', () => {
    const sdl = supergraph([
      'a',
      `${LINK}
input Range { from: Int! to: Int! }
input Filter { name: String range: Range }
input Unused { x: Int }
type Query {
  search(filter: Filter): [String!]! @tag(name: "public")
  other(u: Unused): Int
}`,
    ]);
    expect(contractApi(sdl)).toBe(`input Filter {
  name: String
  range: Range
}

type Query {
  search(filter: Filter): [String!]!
}

input Range {
  from: Int!
  to: Int!
}`);
  });

  it('keeps what the subgraphs already made @inaccessible hidden', () => {
    const sdl = supergraph([
      'a',
      `${LINK}
type Query {
  territory(code: ID!): Territory @tag(name: "public")
}
type Territory @key(fields: "code") @tag(name: "public") {
  code: ID!
  internalNote: String @inaccessible
}`,
    ]);
    expect(contractApi(sdl)).toBe(`type Query {
  territory(code: ID!): Territory
}

type Territory {
  code: ID!
}`);
  });

  it('adds the inaccessible spec link and directive when the supergraph lacks them', () => {
    const sdl = supergraph(['a', `${LINK}\ntype Query {\n  a: String @tag(name: "public")\n  b: String\n}`]);
    expect(sdl).not.toContain('specs.apollo.dev/inaccessible');
    const result = deriveContract(sdl);
    if (!result.ok) throw new Error('expected a contract');
    expect(result.sdl).toContain('@link(url: "https://specs.apollo.dev/inaccessible/v0.2", for: SECURITY)');
    expect(result.sdl).toContain('directive @inaccessible on FIELD_DEFINITION');
    expect(result.sdl).toContain('b: String @inaccessible');
    expect(api(result.sdl)).toBe('type Query {\n  a: String\n}');
  });

  it('says the contract is empty when no Query field is tagged', () => {
    const sdl = supergraph(['a', `${LINK}\ntype Query {\n  a: String\n}\ntype T @tag(name: "public") {\n  x: Int\n}`]);
    expect(deriveContract(sdl)).toEqual({
      ok: false,
      errors: [{ code: 'CONTRACT_EMPTY', message: 'Ningún campo de Query lleva @tag(name: "public"): la variante public no tiene nada que servir.' }],
    });
  });

  it('derives a contract for another tag', () => {
    const sdl = supergraph(['a', `${LINK}\ntype Query {\n  a: String @tag(name: "partners")\n  b: String @tag(name: "public")\n}`]);
    expect(contractApi(sdl)).toBe('type Query {\n  b: String\n}');
    const partners = deriveContract(sdl, 'partners');
    if (!partners.ok) throw new Error('expected a contract');
    expect(api(partners.sdl)).toBe('type Query {\n  a: String\n}');
  });
});
