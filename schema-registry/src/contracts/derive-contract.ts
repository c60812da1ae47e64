import { Supergraph, errorCauses } from '@apollo/federation-internals';
import {
  GraphQLError,
  Kind,
  parse,
  print,
  type ConstDirectiveNode,
  type DefinitionNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type InputValueDefinitionNode,
  type TypeNode,
} from 'graphql';
import { contractMessages } from './contract.messages';

/** One reason a contract cannot be derived. */
export interface ContractError {
  code: string;
  message: string;
}

/** The contract supergraph's SDL, or why it cannot be built. */
export type ContractResult = { ok: true; sdl: string } | { ok: false; errors: ContractError[] };

/** The error code of a supergraph with no visible `Query` field: there is no contract to serve. */
export const CONTRACT_EMPTY = 'CONTRACT_EMPTY';

const INACCESSIBLE_URL = 'https://specs.apollo.dev/inaccessible/v0.2';
const INACCESSIBLE_LOCATIONS =
  'FIELD_DEFINITION | OBJECT | INTERFACE | UNION | ARGUMENT_DEFINITION | SCALAR | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION';

type TypeDefinition = Extract<
  DefinitionNode,
  { kind: Kind.OBJECT_TYPE_DEFINITION | Kind.INTERFACE_TYPE_DEFINITION | Kind.INPUT_OBJECT_TYPE_DEFINITION | Kind.ENUM_TYPE_DEFINITION | Kind.UNION_TYPE_DEFINITION | Kind.SCALAR_TYPE_DEFINITION }
>;

type Member = FieldDefinitionNode | InputValueDefinitionNode | { name: { value: string }; directives?: readonly ConstDirectiveNode[] };

/**
 * Returns the contract of a composed supergraph for `tag` (protocol §6): elements
 * tagged `@tag(name: tag)` and the fields of tagged types stay visible, a type is
 * visible when tagged or when it has a visible field, enums, scalars and input types
 * used by a visible field or argument stay visible whole, and everything else becomes
 * `@inaccessible`. The contract is valid when its API schema builds. Pure.
 */
export function deriveContract(supergraphSdl: string, tag = 'public'): ContractResult {
  const document = parse(supergraphSdl);
  const types = new Map<string, TypeDefinition>();
  for (const definition of document.definitions) {
    if (isTypeDefinition(definition) && !definition.name.value.includes('__')) types.set(definition.name.value, definition);
  }
  const tagged = (node: { directives?: readonly ConstDirectiveNode[] | undefined }) => hasTag(node.directives, tag);

  // Object types and interfaces: their own tags decide.
  const visibleTypes = new Set<string>();
  const visibleMembers = new Map<string, Set<string>>();
  for (const [name, type] of types) {
    if (type.kind !== Kind.OBJECT_TYPE_DEFINITION && type.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
    if (isInaccessible(type.directives)) continue;
    const whole = tagged(type);
    const fields = (type.fields ?? []).filter((field) => !isInaccessible(field.directives) && (whole || tagged(field)));
    if (whole || fields.length > 0) {
      visibleTypes.add(name);
      visibleMembers.set(name, new Set(fields.map((field) => field.name.value)));
    }
  }
  for (const [name, type] of types) {
    if (type.kind === Kind.UNION_TYPE_DEFINITION && tagged(type) && !isInaccessible(type.directives)) visibleTypes.add(name);
  }
  const query = queryTypeName(document);
  if ((visibleMembers.get(query)?.size ?? 0) === 0) {
    return { ok: false, errors: [{ code: CONTRACT_EMPTY, message: contractMessages.empty(tag, query) }] };
  }

  // Enums, scalars and input types: tagged, with a tagged member, or used by something visible.
  const used = new Set<string>();
  const use = (typeNode: TypeNode) => used.add(namedType(typeNode));
  for (const name of visibleTypes) {
    const type = types.get(name)!;
    if (type.kind !== Kind.OBJECT_TYPE_DEFINITION && type.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
    for (const field of type.fields ?? []) {
      if (!visibleMembers.get(name)!.has(field.name.value)) continue;
      use(field.type);
      for (const argument of field.arguments ?? []) use(argument.type);
    }
  }
  // Input types reach further input types through their visible fields: repeat until nothing new is found.
  let grew = true;
  while (grew) {
    grew = false;
    for (const [name, type] of types) {
      if (visibleTypes.has(name) || isInaccessible(type.directives)) continue;
      if (type.kind !== Kind.ENUM_TYPE_DEFINITION && type.kind !== Kind.SCALAR_TYPE_DEFINITION && type.kind !== Kind.INPUT_OBJECT_TYPE_DEFINITION) continue;
      const members: readonly Member[] =
        type.kind === Kind.ENUM_TYPE_DEFINITION ? (type.values ?? []) : type.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION ? (type.fields ?? []) : [];
      const taggedMembers = members.filter((member) => tagged(member) && !isInaccessible(member.directives));
      if (!tagged(type) && taggedMembers.length === 0 && !used.has(name)) continue;
      const chosen = tagged(type) || taggedMembers.length === 0 ? members.filter((m) => !isInaccessible(m.directives)) : taggedMembers;
      visibleTypes.add(name);
      visibleMembers.set(name, new Set(chosen.map((member) => member.name.value)));
      if (type.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION) {
        for (const field of type.fields ?? []) if (visibleMembers.get(name)!.has(field.name.value)) use(field.type);
      }
      grew = true;
    }
  }

  const contract = markInaccessible(document, types, visibleTypes, visibleMembers);
  const sdl = print(contract);
  try {
    Supergraph.build(sdl).apiSchema();
  } catch (error) {
    const causes = errorCauses(error instanceof Error ? error : new Error(String(error)));
    if (!causes) throw error;
    return { ok: false, errors: causes.map(toContractError) };
  }
  return { ok: true, sdl };
}

function markInaccessible(
  document: DocumentNode,
  types: Map<string, TypeDefinition>,
  visibleTypes: Set<string>,
  visibleMembers: Map<string, Set<string>>,
): DocumentNode {
  const hide = <T extends { directives?: readonly ConstDirectiveNode[] | undefined }>(node: T): T =>
    isInaccessible(node.directives) ? node : { ...node, directives: [...(node.directives ?? []), inaccessibleDirective()] };
  const hideMembers = <T extends Member>(typeName: string, members: readonly T[] | undefined): T[] | undefined =>
    members?.map((member) => (visibleMembers.get(typeName)?.has(member.name.value) ? member : hide(member)));

  let hasInaccessibleDefinition = false;
  let definitions = document.definitions.map((definition): DefinitionNode => {
    if (definition.kind === Kind.DIRECTIVE_DEFINITION && definition.name.value === 'inaccessible') hasInaccessibleDefinition = true;
    if (!isTypeDefinition(definition) || types.get(definition.name.value) !== definition) return definition;
    const name = definition.name.value;
    if (!visibleTypes.has(name)) return hide(definition);
    switch (definition.kind) {
      case Kind.OBJECT_TYPE_DEFINITION:
      case Kind.INTERFACE_TYPE_DEFINITION:
        return { ...definition, fields: hideMembers(name, definition.fields) };
      case Kind.INPUT_OBJECT_TYPE_DEFINITION:
        return { ...definition, fields: hideMembers(name, definition.fields) };
      case Kind.ENUM_TYPE_DEFINITION:
        return { ...definition, values: hideMembers(name, definition.values) };
      default:
        return definition;
    }
  });
  if (!hasInaccessibleDefinition) {
    // A supergraph whose subgraphs never used @inaccessible has neither the spec link nor the directive.
    const extra = parse(`schema @link(url: "${INACCESSIBLE_URL}", for: SECURITY) { query: Query }\ndirective @inaccessible on ${INACCESSIBLE_LOCATIONS}`);
    const link = (extra.definitions[0] as { directives: readonly ConstDirectiveNode[] }).directives[0]!;
    definitions = definitions.map((definition) =>
      definition.kind === Kind.SCHEMA_DEFINITION ? { ...definition, directives: [...(definition.directives ?? []), link] } : definition,
    );
    definitions.push(extra.definitions[1]!);
  }
  return { ...document, definitions };
}

function isTypeDefinition(definition: DefinitionNode): definition is TypeDefinition {
  return (
    definition.kind === Kind.OBJECT_TYPE_DEFINITION ||
    definition.kind === Kind.INTERFACE_TYPE_DEFINITION ||
    definition.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION ||
    definition.kind === Kind.ENUM_TYPE_DEFINITION ||
    definition.kind === Kind.UNION_TYPE_DEFINITION ||
    definition.kind === Kind.SCALAR_TYPE_DEFINITION
  );
}

function hasTag(directives: readonly ConstDirectiveNode[] | undefined, tag: string): boolean {
  return (directives ?? []).some(
    (directive) =>
      directive.name.value === 'tag' &&
      directive.arguments?.some((argument) => argument.name.value === 'name' && argument.value.kind === Kind.STRING && argument.value.value === tag),
  );
}

function isInaccessible(directives: readonly ConstDirectiveNode[] | undefined): boolean {
  return (directives ?? []).some((directive) => directive.name.value === 'inaccessible');
}

function inaccessibleDirective(): ConstDirectiveNode {
  return { kind: Kind.DIRECTIVE, name: { kind: Kind.NAME, value: 'inaccessible' }, arguments: [] };
}

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

function queryTypeName(document: DocumentNode): string {
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.SCHEMA_DEFINITION) continue;
    const query = definition.operationTypes.find((operation) => operation.operation === 'query');
    if (query) return query.type.name.value;
  }
  return 'Query';
}

function toContractError(error: GraphQLError): ContractError {
  return { code: typeof error.extensions?.code === 'string' ? error.extensions.code : 'INVALID_CONTRACT', message: error.message };
}
