import { Kind, parse, type ConstDirectiveNode, type DefinitionNode } from 'graphql';

/** Where a type of the supergraph comes from. */
export interface TypeOrigin {
  /** Subgraph names that define the type, sorted. */
  subgraphs: string[];
  /** The subgraph that defines its (resolvable) key, or the only one that defines it; else null. */
  owner: string | null;
}

/** Returns, for every type of a supergraph SDL, the subgraphs that define it and its owning subgraph (from `@join__type`). */
export function typeOrigins(supergraphSdl: string): Map<string, TypeOrigin> {
  const document = parse(supergraphSdl);
  const graphNames = new Map<string, string>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== 'join__Graph') continue;
    for (const value of definition.values ?? []) {
      const name = stringArgument(value.directives?.find((d) => d.name.value === 'join__graph'), 'name');
      if (name !== null) graphNames.set(value.name.value, name);
    }
  }
  const origins = new Map<string, TypeOrigin>();
  for (const definition of document.definitions) {
    if (!hasName(definition) || definition.name.value.includes('__')) continue;
    const joins = (definition.directives ?? []).filter((d) => d.name.value === 'join__type');
    const subgraphs = new Set<string>();
    const keyed = new Set<string>();
    for (const join of joins) {
      const graph = join.arguments?.find((a) => a.name.value === 'graph')?.value;
      const name = graph?.kind === Kind.ENUM ? graphNames.get(graph.value) : undefined;
      if (name === undefined) continue;
      subgraphs.add(name);
      const resolvable = join.arguments?.find((a) => a.name.value === 'resolvable')?.value;
      if (stringArgument(join, 'key') !== null && !(resolvable?.kind === Kind.BOOLEAN && !resolvable.value)) keyed.add(name);
    }
    const sorted = [...subgraphs].sort();
    const owner = keyed.size > 0 ? [...keyed].sort()[0]! : sorted.length === 1 ? sorted[0]! : null;
    origins.set(definition.name.value, { subgraphs: sorted, owner });
  }
  return origins;
}

function hasName(definition: DefinitionNode): definition is Extract<DefinitionNode, { name: { value: string }; directives?: readonly ConstDirectiveNode[] }> {
  return 'name' in definition && definition.name !== undefined && definition.kind !== Kind.DIRECTIVE_DEFINITION;
}

function stringArgument(directive: ConstDirectiveNode | undefined, name: string): string | null {
  const value = directive?.arguments?.find((a) => a.name.value === name)?.value;
  return value?.kind === Kind.STRING ? value.value : null;
}
