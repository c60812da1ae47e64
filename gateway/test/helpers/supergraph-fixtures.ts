import { composeServices } from '@apollo/composition';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { parse, type DocumentNode } from 'graphql';

const FEDERATION = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])';

/** The demo citizen the explorer's default query asks for. */
export const DEMO_CITIZEN = { ci: '1234567', names: 'Juana Mamani Quispe', residence: { code: '020101' } };

const TERRITORIES: Record<string, { code: string; name: string; departmentCode: string | null }> = {
  '02': { code: '02', name: 'La Paz', departmentCode: null },
  '020101': { code: '020101', name: 'Nuestra Señora de La Paz', departmentCode: '02' },
};

/** A tiny subgraph: its name, SDL and resolvers. `withBirthYear` adds a field (a second supergraph version). */
export interface SubgraphFixture {
  name: string;
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<unknown>;
}

/** Returns the identity subgraph: citizens by CI, plus fields that fail or are slow on purpose. */
export function identitySubgraph(options: { withBirthYear?: boolean } = {}): SubgraphFixture {
  return {
    name: 'identity',
    typeDefs: parse(`${FEDERATION}
      type Query {
        citizen(ci: String!): Citizen
        "Always fails with an internal message the client must not see."
        broken: String
        "Answers after 1.5 s."
        slow: String
      }
      type Citizen @key(fields: "ci") {
        ci: String!
        names: String!
        residence: Territory
        ${options.withBirthYear ? 'birthYear: Int' : ''}
      }
      type Territory @key(fields: "code", resolvable: false) {
        code: String!
      }`),
    resolvers: {
      Query: {
        citizen: (_: unknown, { ci }: { ci: string }) => (ci === DEMO_CITIZEN.ci ? DEMO_CITIZEN : null),
        broken: () => {
          throw new Error('connect ECONNREFUSED 10.0.0.7:3306 (user egob, password hunter2)');
        },
        slow: () => new Promise((resolve) => setTimeout(() => resolve('tarde'), 1_500)),
      },
      Citizen: {
        __resolveReference: ({ ci }: { ci: string }) => (ci === DEMO_CITIZEN.ci ? DEMO_CITIZEN : null),
        birthYear: () => 1990,
      },
    },
  };
}

/** Returns the entities subgraph: territories by INE code, each with its department; territories by level (an enum argument). */
export function entitiesSubgraph(): SubgraphFixture {
  return {
    name: 'entities',
    typeDefs: parse(`${FEDERATION}
      type Query {
        territory(code: String!): Territory
        territories(level: TerritoryLevel!): [Territory!]!
      }
      enum TerritoryLevel {
        DEPARTMENT
        MUNICIPALITY
      }
      type Territory @key(fields: "code") {
        code: String!
        name: String!
        department: Territory
      }`),
    resolvers: {
      Query: {
        territory: (_: unknown, { code }: { code: string }) => TERRITORIES[code] ?? null,
        territories: (_: unknown, { level }: { level: 'DEPARTMENT' | 'MUNICIPALITY' }) =>
          Object.values(TERRITORIES).filter((t) => (level === 'DEPARTMENT') === (t.departmentCode === null)),
      },
      Territory: {
        __resolveReference: ({ code }: { code: string }) => TERRITORIES[code] ?? null,
        department: ({ departmentCode }: { departmentCode: string | null }) =>
          departmentCode ? TERRITORIES[departmentCode] : null,
      },
    },
  };
}

/** Returns the supergraph SDL composed from subgraphs served at the given URLs; throws on composition errors. */
export function composeSupergraph(subgraphs: { fixture: SubgraphFixture; url: string }[]): string {
  const result = composeServices(
    subgraphs.map(({ fixture, url }) => ({ name: fixture.name, url, typeDefs: fixture.typeDefs })),
  );
  if (result.errors) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.supergraphSdl;
}
