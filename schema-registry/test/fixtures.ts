/** The Federation 2 link every fixture subgraph starts with. */
export const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@tag"])';

/** Owns Territory (keyed by INE code). */
export const entitiesSdl = `${LINK}

type Query {
  territory(code: ID!): Territory
}

type Territory @key(fields: "code") {
  code: ID!
  name: String!
}
`;

/** Owns Citizen and references Territory. */
export const identitySdl = `${LINK}

type Query {
  citizen(ci: ID!): Citizen
}

type Citizen @key(fields: "ci") {
  ci: ID!
  names: String!
  residence: Territory
}

type Territory @key(fields: "code", resolvable: false) {
  code: ID!
}
`;

/** identity with one more field: a compatible change. */
export const identityV2Sdl = identitySdl.replace('  names: String!\n', '  names: String!\n  surnames: String!\n');

/** Redefines the non-shareable Query.territory with another type: composition fails. */
export const conflictingSdl = `${LINK}

type Query {
  territory(code: ID!): String
}
`;

/** identity stating Territory's key field as Int: a key field type conflict with entities. */
export const identityKeyConflictSdl = identitySdl.replace('type Territory @key(fields: "code", resolvable: false) {\n  code: ID!', 'type Territory @key(fields: "code", resolvable: false) {\n  code: Int!');

/** A subgraph with `count` types of `fields` fields each: a supergraph larger than 64 KB. */
export function largeSdl(prefix: string, count: number, fields: number): string {
  const types = Array.from({ length: count }, (_, t) => {
    const body = Array.from({ length: fields }, (_, f) => `  "Field ${f} of ${prefix}Type${t}, described so the schema grows."\n  field${f}: String`).join('\n');
    return `"Type ${t} of ${prefix}."\ntype ${prefix}Type${t} {\n${body}\n}`;
  }).join('\n\n');
  const query = Array.from({ length: count }, (_, t) => `  ${prefix.toLowerCase()}${t}: ${prefix}Type${t}`).join('\n');
  return `${LINK}\n\ntype Query {\n${query}\n}\n\n${types}\n`;
}
