import { buildSchema, parse } from 'graphql';
import { collectSchemaCoordinates } from '../src/usage/schema-coordinates';

const schema = buildSchema(`
  type Query {
    citizen(ci: String!): Citizen
    territory(code: String!, at: String): Territory
    search(text: String!): [SearchResult!]!
  }
  type Mutation { renameCitizen(ci: String!, names: String!): Citizen }
  type Citizen { ci: String! names(format: String): String! residence: Territory }
  type Territory { code: String! name: String! department: Territory }
  union SearchResult = Citizen | Territory
`);

const collect = (query: string, operationName: string | null = null) => collectSchemaCoordinates(schema, parse(query), operationName);

describe('collectSchemaCoordinates', () => {
  it('lists fields and arguments, including those of fragments, sorted and once each', () => {
    expect(
      collect(`
        query CitizenHome($ci: String!) {
          citizen(ci: $ci) { ...CitizenParts names }
          again: citizen(ci: "1") { ci }
        }
        fragment CitizenParts on Citizen { names(format: "upper") residence { ...Place } }
        fragment Place on Territory { name department { name } }
      `),
    ).toEqual([
      'Citizen.ci',
      'Citizen.names',
      'Citizen.names(format:)',
      'Citizen.residence',
      'Query.citizen',
      'Query.citizen(ci:)',
      'Territory.department',
      'Territory.name',
    ]);
  });

  it('resolves inline fragments on union members to their own types', () => {
    expect(collect('{ search(text: "paz") { ... on Citizen { names } ... on Territory { code } } }')).toEqual([
      'Citizen.names',
      'Query.search',
      'Query.search(text:)',
      'Territory.code',
    ]);
  });

  it('leaves out __typename, introspection and directive arguments; lists only arguments that are given', () => {
    expect(
      collect(`{
        __typename
        __schema { types { name fields { name } } }
        __type(name: "Citizen") { name }
        territory(code: "02") { __typename name @include(if: true) }
      }`),
    ).toEqual(['Query.territory', 'Query.territory(code:)', 'Territory.name']);
    expect(collect('{ __typename __schema { queryType { name } } }')).toEqual([]);
  });

  it('takes only the operation executed, and the fragments it spreads, from a document with several', () => {
    const document = `
      query A { citizen(ci: "1") { ...C } }
      query B { territory(code: "02") { code } }
      mutation M { renameCitizen(ci: "1", names: "X") { ci } }
      fragment C on Citizen { names }
    `;
    expect(collect(document, 'A')).toEqual(['Citizen.names', 'Query.citizen', 'Query.citizen(ci:)']);
    expect(collect(document, 'B')).toEqual(['Query.territory', 'Query.territory(code:)', 'Territory.code']);
    expect(collect(document, 'M')).toEqual([
      'Citizen.ci',
      'Mutation.renameCitizen',
      'Mutation.renameCitizen(ci:)',
      'Mutation.renameCitizen(names:)',
    ]);
  });
});
