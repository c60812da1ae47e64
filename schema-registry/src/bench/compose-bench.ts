import { parse } from 'graphql';
import { composeSupergraph } from '../composition/compose-supergraph';
import { deriveContract } from '../contracts/derive-contract';

/** Milliseconds of one composition of N subgraphs and of the public variant's derivation. */
export interface ComposeBenchResult {
  subgraphs: number;
  types: number;
  composeMs: number;
  contractMs: number;
}

const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@tag"])';

/**
 * Returns a synthetic platform subgraph: an entity keyed by id, ~20 types with
 * described fields, half of them public; some subgraphs extend Citizen, some Territory.
 */
export function syntheticSubgraphSdl(index: number, typesPerSubgraph = 20): string {
  const prefix = `S${index}`;
  const types: string[] = [];
  types.push(`"Entidad ${prefix}."\ntype ${prefix}Record @key(fields: "id") @tag(name: "public") {\n  "Id."\n  id: ID!\n  "Nombre."\n  name: String!\n  "Detalle."\n  detail: ${prefix}Type1\n}`);
  for (let t = 1; t < typesPerSubgraph; t += 1) {
    const fields = Array.from({ length: 6 }, (_, f) => `  "Campo ${f}."\n  field${f}: String${f % 2 === 0 ? ' @tag(name: "public")' : ''}`).join('\n');
    const next = t + 1 < typesPerSubgraph ? `\n  "Siguiente."\n  next: ${prefix}Type${t + 1} @tag(name: "public")` : '';
    types.push(`"Tipo ${t} de ${prefix}."\ntype ${prefix}Type${t} {\n${fields}${next}\n}`);
  }
  const query = [`  "Registro por id."\n  ${prefix.toLowerCase()}Record(id: ID!): ${prefix}Record @tag(name: "public")`];
  if (index === 0) {
    types.push('"Ciudadano."\ntype Citizen @key(fields: "ci") {\n  "CI."\n  ci: ID!\n  "Nombres."\n  names: String!\n}');
    types.push('"Territorio."\ntype Territory @key(fields: "code") @tag(name: "public") {\n  "Código."\n  code: ID!\n  "Nombre."\n  name: String!\n}');
    query.push('  "Ciudadano por CI."\n  citizen(ci: ID!): Citizen', '  "Territorio por código."\n  territory(code: ID!): Territory @tag(name: "public")');
  } else if (index % 2 === 1) {
    types.push(`"Ciudadano."\ntype Citizen @key(fields: "ci") {\n  "CI."\n  ci: ID!\n  "Registros de ${prefix}."\n  ${prefix.toLowerCase()}Records: [${prefix}Record!]!\n}`);
  } else {
    types.push(`"Territorio."\ntype Territory @key(fields: "code") {\n  "Código."\n  code: ID!\n  "Registros de ${prefix}."\n  ${prefix.toLowerCase()}Records: [${prefix}Record!]! @tag(name: "public")\n}`);
  }
  return `${LINK}\n\ntype Query {\n${query.join('\n')}\n}\n\n${types.join('\n\n')}\n`;
}

/** Composes `count` synthetic subgraphs (17 by default) and derives the public variant; returns the timings. Throws when either fails (a bug). */
export function benchComposition(count = 17, typesPerSubgraph = 20): ComposeBenchResult {
  const members = Array.from({ length: count }, (_, i) => ({
    name: `subgraph-${String(i).padStart(2, '0')}`,
    url: `http://127.0.0.1:${4100 + i}/graphql`,
    document: parse(syntheticSubgraphSdl(i, typesPerSubgraph)),
  }));
  const composeStarted = performance.now();
  const composition = composeSupergraph(members);
  const composeMs = performance.now() - composeStarted;
  if (!composition.ok) throw new Error(`synthetic subgraphs do not compose: ${composition.errors.map((e) => e.message).join('; ')}`);
  const deriveStarted = performance.now();
  const contract = deriveContract(composition.supergraphSdl);
  const contractMs = performance.now() - deriveStarted;
  if (!contract.ok) throw new Error(`synthetic public variant fails: ${contract.errors.map((e) => e.message).join('; ')}`);
  return { subgraphs: count, types: count * (typesPerSubgraph + 1), composeMs, contractMs };
}
