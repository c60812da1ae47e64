import {
  Kind,
  type DocumentNode,
  type EnumValueDefinitionNode,
  type FieldDefinitionNode,
  type InputValueDefinitionNode,
  type TypeDefinitionNode,
  type TypeExtensionNode,
} from 'graphql';
import type { LintFinding } from '../checks/checks.types';
import { messages } from '../messages';

const PASCAL_CASE = /^[A-Z][A-Za-z0-9]*$/;
const CAMEL_CASE = /^[a-z][A-Za-z0-9]*$/;
const SCREAMING_SNAKE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;

/**
 * Returns the lint findings of a subgraph's SDL, in document order: every type, field,
 * argument and enum value has a description; types PascalCase, fields and arguments
 * camelCase, enum values SCREAMING_SNAKE. Federation's own names (`_Service`,
 * `_entities`, `link__…`) are skipped, and so are type extensions' own descriptions.
 */
export function lintSubgraph(document: DocumentNode, severity: 'warn' | 'error'): LintFinding[] {
  const findings: LintFinding[] = [];
  const add = (rule: LintFinding['rule'], coordinate: string, message: string) => findings.push({ severity, coordinate, rule, message });
  for (const definition of document.definitions) {
    if (!isTypeNode(definition) || isFederationName(definition.name.value)) continue;
    const type = definition.name.value;
    if (isDefinition(definition) && !definition.description) add('description-required', type, messages.lintDescription(type));
    if (!PASCAL_CASE.test(type)) add('naming-type', type, messages.lintTypeName(type));
    for (const field of fieldsOf(definition)) {
      const name = field.name.value;
      if (isFederationName(name)) continue;
      const coordinate = `${type}.${name}`;
      if (!field.description) add('description-required', coordinate, messages.lintDescription(coordinate));
      if (!CAMEL_CASE.test(name)) add('naming-field', coordinate, messages.lintFieldName(coordinate));
      const args = field.kind === Kind.FIELD_DEFINITION ? (field.arguments ?? []) : [];
      for (const argument of args) {
        const at = `${coordinate}(${argument.name.value}:)`;
        if (!argument.description) add('description-required', at, messages.lintDescription(at));
        if (!CAMEL_CASE.test(argument.name.value)) add('naming-argument', at, messages.lintArgumentName(at));
      }
    }
    for (const value of enumValuesOf(definition)) {
      const coordinate = `${type}.${value.name.value}`;
      if (!value.description) add('description-required', coordinate, messages.lintDescription(coordinate));
      if (!SCREAMING_SNAKE.test(value.name.value)) add('naming-enum-value', coordinate, messages.lintEnumValueName(coordinate));
    }
  }
  return findings;
}

function isFederationName(name: string): boolean {
  return name.startsWith('_') || name.includes('__');
}

function isTypeNode(node: DocumentNode['definitions'][number]): node is TypeDefinitionNode | TypeExtensionNode {
  switch (node.kind) {
    case Kind.OBJECT_TYPE_DEFINITION:
    case Kind.INTERFACE_TYPE_DEFINITION:
    case Kind.INPUT_OBJECT_TYPE_DEFINITION:
    case Kind.ENUM_TYPE_DEFINITION:
    case Kind.UNION_TYPE_DEFINITION:
    case Kind.SCALAR_TYPE_DEFINITION:
    case Kind.OBJECT_TYPE_EXTENSION:
    case Kind.INTERFACE_TYPE_EXTENSION:
    case Kind.INPUT_OBJECT_TYPE_EXTENSION:
    case Kind.ENUM_TYPE_EXTENSION:
    case Kind.UNION_TYPE_EXTENSION:
    case Kind.SCALAR_TYPE_EXTENSION:
      return true;
    default:
      return false;
  }
}

function isDefinition(node: TypeDefinitionNode | TypeExtensionNode): node is TypeDefinitionNode {
  return 'description' in node;
}

function fieldsOf(node: TypeDefinitionNode | TypeExtensionNode): readonly (FieldDefinitionNode | InputValueDefinitionNode)[] {
  return 'fields' in node ? (node.fields ?? []) : [];
}

function enumValuesOf(node: TypeDefinitionNode | TypeExtensionNode): readonly EnumValueDefinitionNode[] {
  return 'values' in node ? (node.values ?? []) : [];
}
